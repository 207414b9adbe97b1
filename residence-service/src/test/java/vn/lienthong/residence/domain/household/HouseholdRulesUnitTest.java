package vn.lienthong.residence.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Sex;
import vn.lienthong.residence.domain.population.Person;

class HouseholdRulesUnitTest {

    private static final Address ADDRESS = new Address("001", "Phường Đức Giang", "Số 1 phố Đức Giang");

    @Test
    void acceptsAHouseholdWithExactlyOneHead() {
        assertThat(new NewHousehold(ADDRESS, List.of(member("001092000001", RelationshipToHead.HEAD),
                member("001195000002", RelationshipToHead.SPOUSE))).problem()).isEmpty();
    }

    @Test
    void refusesAHouseholdWithoutAHead() {
        assertThat(new NewHousehold(ADDRESS, List.of(member("001092000001", RelationshipToHead.SPOUSE))).problem())
                .hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo("exactly-one-head"));
    }

    @Test
    void refusesAHouseholdWithTwoHeads() {
        assertThat(new NewHousehold(ADDRESS, List.of(member("001092000001", RelationshipToHead.HEAD),
                member("001195000002", RelationshipToHead.HEAD))).problem())
                .hasValueSatisfying(problem -> assertThat(problem.detail()).contains("has 2"));
    }

    @Test
    void refusesAPersonListedTwice() {
        assertThat(new NewHousehold(ADDRESS, List.of(member("001092000001", RelationshipToHead.HEAD),
                member("001092000001", RelationshipToHead.CHILD))).problem())
                .hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo("duplicate-member"));
    }

    @Test
    void numbersHouseholdsByProvinceAndSerial() {
        assertThat(HouseholdNumbers.format("056", 42)).isEqualTo("HK-056-0000042");
        assertThat(HouseholdNumbers.normalise(" hk-001-9000001 ")).isEqualTo("HK-001-9000001");
    }

    @Test
    void summarisesAnAddressOnOneLine() {
        assertThat(ADDRESS.summary("Hà Nội")).isEqualTo("Số 1 phố Đức Giang, Phường Đức Giang, Hà Nội");
    }

    private static NewHousehold.DeclaredMember member(String number, RelationshipToHead relationship) {
        return new NewHousehold.DeclaredMember(
                new Person(number, "Nguyễn Văn A", Sex.MALE, LocalDate.of(1992, 1, 1), "001"), relationship);
    }
}
