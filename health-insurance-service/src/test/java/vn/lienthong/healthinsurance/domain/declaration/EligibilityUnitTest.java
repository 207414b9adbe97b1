package vn.lienthong.healthinsurance.domain.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.healthinsurance.domain.declaration.ADeclaration.aDeclaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.declaration.Eligibility.Assessment;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.domain.facility.FacilityKind;
import vn.lienthong.platform.domain.DossierId;

class EligibilityUnitTest {

    static final Facility HOSPITAL = new Facility("01901", "Bệnh viện Đa khoa Đức Giang", "001", null, FacilityKind.HOSPITAL, 1);
    static final Facility STATION = new Facility("01101", "Trạm Y tế phường Đức Giang", "001", "Phường Đức Giang",
            FacilityKind.COMMUNE_HEALTH_STATION, 10);
    static final List<Facility> HA_NOI = List.of(HOSPITAL, STATION);
    static final LocalDate TODAY = LocalDate.parse("2025-03-20");

    @Test
    void aChildUnderSixWithNoCardIsEligibleWithTheCommunesHealthStation() {
        assertThat(Eligibility.assess(aDeclaration().received(), TODAY, null, null, HA_NOI))
                .isEqualTo(new Assessment.Eligible(STATION));
    }

    @Test
    void aChildWhoHoldsAnActiveCardIsGivenThatCardInsteadOfASecondOne() {
        Card existing = Card.issueToChild("001325000123", LocalDate.parse("2025-03-15"), "01901", DossierId.of(UUID.randomUUID()),
                Instant.parse("2025-03-18T03:00:00Z"));

        // Even when this declaration asks for a facility the catalogue does not have.
        assertThat(Eligibility.assess(aDeclaration().choosing("01999").received(), TODAY, existing, null, HA_NOI))
                .isEqualTo(new Assessment.AlreadyInsured(existing));
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThat(Eligibility.assess(aDeclaration().bornOn("2025-03-21").received(), TODAY, null, null, HA_NOI))
                .isInstanceOfSatisfying(Assessment.Ineligible.class,
                        ineligible -> assertThat(ineligible.refusal().code()).isEqualTo("birth-date-in-future"));
    }

    @Test
    void refusesAChildWhoIsSixOnTheIssueDate() {
        assertThat(Eligibility.assess(aDeclaration().bornOn("2019-03-20").received(), TODAY, null, null, HA_NOI))
                .isInstanceOfSatisfying(Assessment.Ineligible.class,
                        ineligible -> assertThat(ineligible.refusal().code()).isEqualTo("child-not-under-six"));
    }

    @Test
    void acceptsAChildOnTheDayBeforeTheSixthBirthday() {
        assertThat(Eligibility.assess(aDeclaration().bornOn("2019-03-21").received(), TODAY, null, null, HA_NOI))
                .isInstanceOf(Assessment.Eligible.class);
    }

    @Test
    void aLeapDayChildIsSixOnTheTwentyEighthOfFebruary() {
        var declaration = aDeclaration().bornOn("2024-02-29").received();

        assertThat(Eligibility.assess(declaration, LocalDate.parse("2030-02-27"), null, null, HA_NOI))
                .isInstanceOf(Assessment.Eligible.class);
        assertThat(Eligibility.assess(declaration, LocalDate.parse("2030-02-28"), null, null, HA_NOI))
                .isInstanceOf(Assessment.Ineligible.class);
    }

    @Test
    void refusesWhenTheChildsProvinceIsUnknown() {
        assertThat(Eligibility.assess(aDeclaration().livingIn(null, null).received(), TODAY, null, null, HA_NOI))
                .isInstanceOfSatisfying(Assessment.Ineligible.class,
                        ineligible -> assertThat(ineligible.refusal().code()).isEqualTo("province-unknown"));
    }

    @Test
    void refusesAnUnusableFacilityWithTheFacilitysCode() {
        assertThat(Eligibility.assess(aDeclaration().choosing("01999").received(), TODAY, null, null, HA_NOI))
                .isInstanceOfSatisfying(Assessment.Ineligible.class,
                        ineligible -> assertThat(ineligible.refusal().code()).isEqualTo("facility-unknown"));
    }
}
