package vn.lienthong.platform.text;

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
    }

    @Test
    void comparesIgnoringCaseNormalisationFormAndSpacing() {
        assertThat(VietnameseText.comparisonKey(NFD)).isEqualTo(VietnameseText.comparisonKey(NFC));
        assertThat(VietnameseText.same("NGUYỄN THỊ ÁNH DƯƠNG", NFC)).isTrue();
        assertThat(VietnameseText.same(Normalizer.normalize("ĐẶNG VĂN ĐỨC", Normalizer.Form.NFD), "đặng  văn đức"))
                .isTrue();
        assertThat(VietnameseText.same("PHƯỜNG ĐỨC GIANG", Normalizer.normalize("phường đức giang",
                Normalizer.Form.NFD))).isTrue();
    }

    @Test
    void keepsDiacriticsApartBecauseTheyMakeDifferentNames() {
        assertThat(VietnameseText.same("Nguyễn Thị Ánh", "Nguyễn Thị Anh")).isFalse();
        assertThat(VietnameseText.same("Phường Đức Giang", "Phường Đức Giảng")).isFalse();
    }

    @Test
    void nothingIsTheSameAsAMissingText() {
        assertThat(VietnameseText.same("Phường Đức Giang", null)).isFalse();
        assertThat(VietnameseText.same(null, null)).isFalse();
    }
}
