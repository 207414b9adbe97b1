package vn.lienthong.residence.domain.registration;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A police officer's decision on an application: the body DESIGN.md §5 pins for
 * {@code POST /api/v1/residence-applications/{id}/decision}, {@code decision} APPROVE|REFUSE|REQUEST_SUPPLEMENT and
 * {@code reason}, plus this service's optional {@code missingItems}.
 *
 * @param reason required to refuse; for a supplement request, a note beside the missing items, or, when no items are
 *               named, the one item requested (the pinned body has no items)
 */
public record Decision(Kind kind, @Nullable String reason, List<String> missingItems) {

    public enum Kind { APPROVE, REFUSE, REQUEST_SUPPLEMENT }

    public Decision {
        missingItems = List.copyOf(missingItems);
        if (kind == Kind.REQUEST_SUPPLEMENT && missingItems.isEmpty() && reason != null && !reason.isBlank()) {
            // The pinned body names what is missing in its reason: that is the item, not a note beside it.
            missingItems = List.of(reason.strip());
            reason = null;
        }
    }

    /** What a decision does to an application in a given state. */
    public sealed interface Verdict {
        /** The application is open to this decision. */
        record Apply() implements Verdict {
        }

        /** Already decided this way: answered again, nothing changes. */
        record AlreadyTaken() implements Verdict {
        }

        /** Decided otherwise, cancelled, or waiting for a supplement: refused with a stable code. */
        record Conflict(String code, String detail) implements Verdict {
        }
    }

    public Verdict verdictOn(ApplicationStatus status) {
        return switch (status) {
            case PENDING -> new Verdict.Apply();
            case APPROVED -> kind == Kind.APPROVE ? new Verdict.AlreadyTaken()
                    : new Verdict.Conflict("application-already-decided", "The application was already approved.");
            case REFUSED -> kind == Kind.REFUSE ? new Verdict.AlreadyTaken()
                    : new Verdict.Conflict("application-already-decided", "The application was already refused.");
            case AWAITING_SUPPLEMENT -> kind == Kind.REQUEST_SUPPLEMENT ? new Verdict.AlreadyTaken()
                    : new Verdict.Conflict("application-awaiting-supplement",
                            "The application waits for the supplement requested; it can be decided once it arrives.");
            case CANCELLED -> new Verdict.Conflict("application-cancelled",
                    "The application was withdrawn with its dossier.");
        };
    }
}
