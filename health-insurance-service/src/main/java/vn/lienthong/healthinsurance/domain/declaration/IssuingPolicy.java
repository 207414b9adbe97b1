package vn.lienthong.healthinsurance.domain.declaration;

import vn.lienthong.contracts.Refusal;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.facility.Facility;

/**
 * What to do with an assessed declaration. The rules settle what they can at once (a child over 6, a
 * card already held); the straightforward case waits for an officer unless the auto-issue policy
 * ({@code lienthong.health-insurance.auto-issue}) issues it at once.
 */
public record IssuingPolicy(boolean autoIssue) {

    /** The next step of a declaration. */
    public sealed interface Step {
        record IssueCard(Facility facility, DecidedBy decidedBy) implements Step {
        }

        record HandOverExistingCard(Card card) implements Step {
        }

        record Refuse(Refusal refusal) implements Step {
        }

        record AwaitOffice() implements Step {
        }
    }

    /** A declaration just received. */
    public Step onReceipt(Eligibility.Assessment assessment) {
        return switch (assessment) {
            case Eligibility.Assessment.AlreadyInsured insured -> new Step.HandOverExistingCard(insured.card());
            case Eligibility.Assessment.Ineligible ineligible -> new Step.Refuse(ineligible.refusal());
            case Eligibility.Assessment.Eligible eligible -> autoIssue
                    ? new Step.IssueCard(eligible.facility(), DecidedBy.AUTO_ISSUE)
                    : new Step.AwaitOffice();
        };
    }

    /**
     * An officer approves. An approval cannot overrule the rules: an ineligible declaration (the child
     * has turned 6 meanwhile, say) is refused as such.
     */
    public Step onApproval(Eligibility.Assessment assessment) {
        return switch (assessment) {
            case Eligibility.Assessment.AlreadyInsured insured -> new Step.HandOverExistingCard(insured.card());
            case Eligibility.Assessment.Ineligible ineligible -> new Step.Refuse(ineligible.refusal());
            case Eligibility.Assessment.Eligible eligible -> new Step.IssueCard(eligible.facility(), DecidedBy.OFFICE);
        };
    }
}
