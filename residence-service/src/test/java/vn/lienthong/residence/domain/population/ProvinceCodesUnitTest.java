package vn.lienthong.residence.domain.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceCodesUnitTest {

    private final ProvinceCodes codes = ProvinceCodes.circular07();

    @Test
    void listsTheSixtyThreeProvincesOfCircular07() {
        assertThat(codes.size()).isEqualTo(63);
        assertThat(codes.name("001")).contains("Hà Nội");
        assertThat(codes.name("096")).contains("Cà Mau");
        assertThat(codes.name("056")).contains("Khánh Hòa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "004", "048", "079", "092", "011", "067", "096"})
    void knowsTheListedCodes(String code) {
        assertThat(codes.isKnown(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "005", "013", "047", "078", "097", "099", "1", "0001"})
    void refusesTheCodesInTheGapsAndOutsideTheList(String code) {
        assertThat(codes.isKnown(code)).isFalse();
    }

    @Test
    void refusesAListThatNamesACodeTwiceOrCannotBeRead() {
        assertThatThrownBy(() -> ProvinceCodes.parse("001 Hà Nội\n001 Hà Nội")).hasMessageContaining("twice");
        assertThatThrownBy(() -> ProvinceCodes.parse("01 Hà Nội")).hasMessageContaining("cannot read");
    }

    @Test
    void storesNamesInNfc() {
        var decomposed = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
        assertThat(ProvinceCodes.parse("001 " + decomposed).name("001")).contains("Hà Nội");
    }
}
