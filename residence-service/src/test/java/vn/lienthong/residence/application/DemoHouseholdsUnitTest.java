package vn.lienthong.residence.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.residence.domain.population.ProvinceCodes;

class DemoHouseholdsUnitTest {

    @Test
    void demoMembersHoldNumbersThatFollowTheRuleForTheirProvinceSexAndBirthYear() {
        var provinces = ProvinceCodes.circular07();
        DemoHouseholds.HOUSEHOLDS.forEach(demo -> {
            assertThat(demo.household().problem()).isEmpty();
            assertThat(demo.householdNumber()).startsWith("HK-" + demo.household().address().provinceCode() + "-9");
            demo.household().members().forEach(member -> {
                var person = member.person();
                String number = person.personalIdNumber();
                assertThat(provinces.isKnown(number.substring(0, 3))).isTrue();
                assertThat(number.substring(3, 6)).isEqualTo(PersonalIdNumbers.centurySexDigit(person.sex(),
                        person.dateOfBirth().getYear()) + "%02d".formatted(person.dateOfBirth().getYear() % 100));
            });
        });
    }

    @Test
    void demoHouseholdsLieInTheCommunesOfConfiguredUnits() {
        assertThat(DemoHouseholds.HOUSEHOLDS).extracting(demo -> demo.household().address().commune())
                .containsExactly("Phường Đức Giang", "Phường Nha Trang", "Xã Cam Lâm");
    }
}
