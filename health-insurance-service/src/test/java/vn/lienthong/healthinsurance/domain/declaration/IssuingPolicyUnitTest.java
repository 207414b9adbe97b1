package vn.lienthong.healthinsurance.domain.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.declaration.Eligibility.Assessment;
import vn.lienthong.healthinsurance.domain.declaration.IssuingPolicy.Step;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.domain.facility.FacilityKind;
import vn.lienthong.platform.domain.DossierId;

class IssuingPolicyUnitTest {

    static final Facility STATION = new Facility("01101", "Trạm Y tế phường Đức Giang", "001", "Phường Đức Giang",
            FacilityKind.COMMUNE_HEALTH_STATION, 10);
    static final Card EXISTING = Card.issueToChild("001325000123", LocalDate.parse("2025-03-15"), "01101",
            DossierId.of(UUID.randomUUID()), Instant.parse("2025-03-18T03:00:00Z"));
    static final Refusal OVER_SIX = new Refusal("child-not-under-six", "…");

    @Test
    void withAutoIssueTheStraightforwardCaseIsIssuedAtOnce() {
        assertThat(new IssuingPolicy(true).onReceipt(new Assessment.Eligible(STATION)))
                .isEqualTo(new Step.IssueCard(STATION, DecidedBy.AUTO_ISSUE));
    }

    @Test
    void withoutAutoIssueTheStraightforwardCaseWaitsForTheOffice() {
        assertThat(new IssuingPolicy(false).onReceipt(new Assessment.Eligible(STATION))).isEqualTo(new Step.AwaitOffice());
    }

    @Test
    void theRulesSettleAtOnceWhateverThePolicy() {
        for (boolean autoIssue : new boolean[] {true, false}) {
            IssuingPolicy policy = new IssuingPolicy(autoIssue);
            assertThat(policy.onReceipt(new Assessment.Ineligible(OVER_SIX))).isEqualTo(new Step.Refuse(OVER_SIX));
            assertThat(policy.onReceipt(new Assessment.AlreadyInsured(EXISTING)))
                    .isEqualTo(new Step.HandOverExistingCard(EXISTING));
        }
    }

    @Test
    void anApprovalIssuesAsTheOfficesDecisionButCannotOverruleTheRules() {
        IssuingPolicy policy = new IssuingPolicy(false);

        assertThat(policy.onApproval(new Assessment.Eligible(STATION))).isEqualTo(new Step.IssueCard(STATION, DecidedBy.OFFICE));
        assertThat(policy.onApproval(new Assessment.Ineligible(OVER_SIX))).isEqualTo(new Step.Refuse(OVER_SIX));
        assertThat(policy.onApproval(new Assessment.AlreadyInsured(EXISTING))).isEqualTo(new Step.HandOverExistingCard(EXISTING));
    }
}
