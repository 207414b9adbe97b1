package vn.lienthong.residence.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.residence.domain.household.Address;
import vn.lienthong.residence.domain.household.Household;
import vn.lienthong.residence.domain.household.Member;
import vn.lienthong.residence.domain.household.RelationshipToHead;
import vn.lienthong.residence.domain.population.Person;

class EligibilityChecksUnitTest {

    static final String MOTHER = "001195003917";
    static final String FATHER = "001092004512";
    static final String CHILD = "001325123456";
    static final String HOUSEHOLD = "HK-001-0000001";

    static final Household WITH_MOTHER = household(MOTHER);

    @Test
    void passesWhenTheHouseholdExistsAParentIsAMemberAndTheChildHasNoResidence() {
        assertThat(check(request(MOTHER, FATHER), facts(true, WITH_MOTHER, null))).isEmpty();
    }

    @Test
    void passesWhenOnlyTheFatherIsAMember() {
        assertThat(check(request(MOTHER, FATHER), facts(true, household(FATHER), null))).isEmpty();
    }

    @Test
    void refusesWhenTheHouseholdDoesNotExist() {
        assertThat(codeOf(check(request(MOTHER, null), facts(true, null, null))))
                .isEqualTo(EligibilityChecks.HOUSEHOLD_NOT_FOUND);
    }

    @Test
    void refusesWhenNeitherParentIsAMember() {
        assertThat(codeOf(check(request(MOTHER, FATHER), facts(true, household("001062001234"), null))))
                .isEqualTo(EligibilityChecks.PARENT_NOT_IN_HOUSEHOLD);
    }

    @Test
    void refusesWhenTheChildAlreadyHasAPermanentResidenceElsewhere() {
        var refusal = check(request(MOTHER, null), facts(true, WITH_MOTHER, "HK-056-0000007"));
        assertThat(codeOf(refusal)).isEqualTo(EligibilityChecks.CHILD_ALREADY_RESIDENT);
        assertThat(refusal.orElseThrow().message()).contains("another household").doesNotContain(CHILD);
    }

    @Test
    void refusesWhenTheChildIsNotInThePopulationRegistry() {
        assertThat(codeOf(check(request(MOTHER, null), facts(false, WITH_MOTHER, null))))
                .isEqualTo(EligibilityChecks.CHILD_NOT_IN_POPULATION_REGISTRY);
    }

    @Test
    void refusesAnApplicationWithoutAParentOrWithTheChildAsHead() {
        assertThat(codeOf(check(request(null, null), facts(true, WITH_MOTHER, null))))
                .isEqualTo(EligibilityChecks.INVALID_APPLICATION);
        var asHead = new ApplicationRequest("000.26.45.H26-251122-0001", "000.26.45.H26", CHILD, HOUSEHOLD, "HEAD",
                MOTHER, null);
        assertThat(codeOf(check(asHead, facts(true, WITH_MOTHER, null)))).isEqualTo(EligibilityChecks.INVALID_APPLICATION);
    }

    static ApplicationRequest request(@Nullable String mother, @Nullable String father) {
        return new ApplicationRequest("000.26.45.H26-251122-0001", "000.26.45.H26", CHILD, HOUSEHOLD, "CHILD",
                mother, father);
    }

    static Household household(String memberNumber) {
        var person = new Person(memberNumber, "Trần Thị Hoa", Sex.FEMALE, LocalDate.of(1995, 9, 3), "001");
        return new Household(HOUSEHOLD, new Address("001", "Phường Đức Giang", "Số 18 ngõ 75"),
                List.of(new Member(person, RelationshipToHead.HEAD, LocalDate.of(2020, 1, 1))), Instant.EPOCH);
    }

    private static EligibilityChecks.Facts facts(boolean childKnown, @Nullable Household household,
                                                 @Nullable String childResidence) {
        return new EligibilityChecks.Facts(childKnown, household, childResidence);
    }

    private static Optional<Refusal> check(ApplicationRequest request, EligibilityChecks.Facts facts) {
        return EligibilityChecks.firstFailure(request, facts);
    }

    private static String codeOf(Optional<Refusal> refusal) {
        return refusal.orElseThrow().code();
    }
}
