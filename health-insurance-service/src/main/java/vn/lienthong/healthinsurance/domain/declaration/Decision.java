package vn.lienthong.healthinsurance.domain.declaration;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The office's decision on a declaration: the body DESIGN.md §5 pins for {@code POST /api/v1/declarations/{id}/decision},
 * {@code decision} APPROVE|REFUSE|REQUEST_SUPPLEMENT and {@code reason}, plus this service's optional
 * {@code missingItems}.
 *
 * @param reason required for {@link Kind#REFUSE}; for {@link Kind#REQUEST_SUPPLEMENT}, a note to the family beside the
 *               missing items, or, when no items are named, the one item requested (the pinned body has no items)
 * @param missingItems what a {@link Kind#REQUEST_SUPPLEMENT} asks for: these, or else the reason alone
 */
public record Decision(Kind kind, @Nullable String reason, List<String> missingItems) {

    public enum Kind {
        APPROVE,
        REFUSE,
        REQUEST_SUPPLEMENT
    }

    public Decision {
        missingItems = List.copyOf(missingItems);
        if (kind == Kind.REQUEST_SUPPLEMENT && missingItems.isEmpty() && reason != null && !reason.isBlank()) {
            // The pinned body names what is missing in its reason: that is the item, not a note beside it.
            missingItems = List.of(reason.strip());
            reason = null;
        }
        if (kind == Kind.REFUSE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        if (kind == Kind.REQUEST_SUPPLEMENT && missingItems.isEmpty()) {
            throw new IllegalArgumentException("a supplement request needs the missing items, or a reason naming one");
        }
    }

    public static Decision approve() {
        return new Decision(Kind.APPROVE, null, List.of());
    }

    public static Decision refuse(String reason) {
        return new Decision(Kind.REFUSE, reason, List.of());
    }

    public static Decision requestSupplement(List<String> missingItems, @Nullable String note) {
        return new Decision(Kind.REQUEST_SUPPLEMENT, note, missingItems);
    }
}
