package vn.lienthong.residence.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DESIGN.md §6: a decision shows the officer who took it, or POLICY for an automatic one. */
class DeciderUnitTest {

    @Test
    void anOfficersDecisionShowsTheOfficersUsername() {
        var officer = Decider.officer("police.000.26.45.h26");

        assertThat(officer.shownAs()).isEqualTo("police.000.26.45.h26");
        assertThat(officer.basis()).isEqualTo(DecidedBy.OFFICER);
    }

    @Test
    void theAutoApprovalPolicyAndTheChecksAtReceiptBothShowAsPolicyAndKeepTheirBasis() {
        assertThat(Decider.POLICY.shownAs()).isEqualTo("POLICY");
        assertThat(Decider.CHECKS.shownAs()).isEqualTo("POLICY");
        assertThat(Decider.CHECKS.basis()).isEqualTo(DecidedBy.CHECKS);
    }

    @Test
    void anOfficersDecisionRecordedBeforeUsernamesWereKeptShowsAsAnOfficers() {
        assertThat(new Decider(DecidedBy.OFFICER, null).shownAs()).isEqualTo("OFFICER");
    }

    @Test
    void onlyAnOfficersDecisionNamesSomeoneAndNeverABlank() {
        assertThatThrownBy(() -> new Decider(DecidedBy.POLICY, "police.000.26.45.h26"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decider.officer(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
