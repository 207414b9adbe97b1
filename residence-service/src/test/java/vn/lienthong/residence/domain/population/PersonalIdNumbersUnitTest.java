package vn.lienthong.residence.domain.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.contracts.Sex;

class PersonalIdNumbersUnitTest {

    @Test
    void givesAGirlBorn2025InHaNoiANumberStarting001325() {
        assertThat(PersonalIdNumbers.compose("001", Sex.FEMALE, LocalDate.of(2025, 3, 15), 4711))
                .isEqualTo("001325004711");
    }

    @ParameterizedTest(name = "{1} born {0} → {2}")
    @CsvSource({
            "1900, MALE, 0", "1999, FEMALE, 1",
            "2000, MALE, 2", "2099, FEMALE, 3",
            "2100, MALE, 4", "2199, FEMALE, 5",
            "1950, FEMALE, 1", "2150, MALE, 4"})
    void encodesCenturyAndSexInTheFourthDigit(int year, Sex sex, int digit) {
        assertThat(PersonalIdNumbers.centurySexDigit(sex, year)).isEqualTo(digit);
        assertThat(PersonalIdNumbers.compose("079", sex, LocalDate.of(year, 6, 1), 0))
                .hasSize(12)
                .startsWith("079" + digit + "%02d".formatted(year % 100));
    }

    @Test
    void writesTheBirthYearAndSerialWithLeadingZeros() {
        assertThat(PersonalIdNumbers.compose("048", Sex.MALE, LocalDate.of(2005, 1, 1), 7)).isEqualTo("048205000007");
        assertThat(PersonalIdNumbers.compose("092", Sex.FEMALE, LocalDate.of(1900, 1, 1), 999_999))
                .isEqualTo("092100999999");
    }

    @ParameterizedTest
    @CsvSource({"1899", "2200"})
    void refusesABirthYearOutsideTheCenturiesTheRuleCovers(int year) {
        assertThat(PersonalIdNumbers.isBirthYearCovered(year)).isFalse();
        assertThatThrownBy(() -> PersonalIdNumbers.compose("001", Sex.MALE, LocalDate.of(year, 1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASerialOfMoreThanSixDigits() {
        assertThatThrownBy(() -> PersonalIdNumbers.compose("001", Sex.MALE, LocalDate.of(2025, 1, 1), 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheProvinceANumberWasRegisteredUnder() {
        assertThat(PersonalIdNumbers.provinceOf("056190006721")).isEqualTo("056");
        assertThat(PersonalIdNumbers.isWellFormed("05619000672")).isFalse();
        assertThat(PersonalIdNumbers.isWellFormed("05619000672a")).isFalse();
    }
}
