package vn.lienthong.healthinsurance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextUnitTest {

    static final String NFD = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

    @Test
    void storesDecomposedInputComposed() {
        assertThat(NFD).isNotEqualTo("Nguyễn Thị Ánh");
        assertThat(VietnameseText.stored("  " + NFD + " ")).isEqualTo("Nguyễn Thị Ánh");
    }

    @Test
    void comparesIgnoringCaseAndNormalisationForm() {
        assertThat(VietnameseText.same("PHƯỜNG ĐỨC GIANG", Normalizer.normalize("phường đức giang", Normalizer.Form.NFD)))
                .isTrue();
        assertThat(VietnameseText.same("Phường Đức Giang", "Phường Đức Giảng")).isFalse();
        assertThat(VietnameseText.same("Phường Đức Giang", null)).isFalse();
    }
}
