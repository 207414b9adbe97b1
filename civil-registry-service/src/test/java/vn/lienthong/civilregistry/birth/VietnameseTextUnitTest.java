package vn.lienthong.civilregistry.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextUnitTest {

    private static final String NFC = Normalizer.normalize("Nguyễn Thị Ánh Dương", Normalizer.Form.NFC);
    private static final String NFD = Normalizer.normalize("Nguyễn Thị Ánh Dương", Normalizer.Form.NFD);

    @Test
    void storesDecomposedInputComposed() {
        assertThat(NFD).isNotEqualTo(NFC);
        assertThat(VietnameseText.stored(NFD)).isEqualTo(NFC);
        assertThat(Normalizer.isNormalized(VietnameseText.stored(NFD), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void storesTextTrimmedWithSingleSpaces() {
        assertThat(VietnameseText.stored("  Nguyễn   Thị\tAn ")).isEqualTo("Nguyễn Thị An");
        assertThat(VietnameseText.stored(null)).isNull();
    }

    @Test
    void foldsAwayCaseAndNormalisationForm() {
        assertThat(VietnameseText.folded(NFD)).isEqualTo(VietnameseText.folded(NFC));
        assertThat(VietnameseText.folded("NGUYỄN THỊ ÁNH DƯƠNG")).isEqualTo(VietnameseText.folded(NFC));
        assertThat(VietnameseText.folded(Normalizer.normalize("ĐẶNG VĂN ĐỨC", Normalizer.Form.NFD)))
                .isEqualTo(VietnameseText.folded("đặng văn đức"));
    }

    @Test
    void keepsDiacriticsApartBecauseTheyMakeDifferentNames() {
        assertThat(VietnameseText.folded("Nguyễn Thị Ánh")).isNotEqualTo(VietnameseText.folded("Nguyễn Thị Anh"));
    }
}
