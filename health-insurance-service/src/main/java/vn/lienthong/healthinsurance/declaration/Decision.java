package vn.lienthong.healthinsurance.declaration;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The office's decision on a declaration (cross-service agreement 5).
 *
 * @param reason required for {@link Kind#REFUSE}; a note to the family for {@link Kind#REQUEST_SUPPLEMENT}
 * @param missingItems required for {@link Kind#REQUEST_SUPPLEMENT}
 */
public record Decision(Kind kind, @Nullable String reason, List<String> missingItems) {

    public enum Kind {
        APPROVE,
        REFUSE,
        REQUEST_SUPPLEMENT
    }

    public Decision {
        missingItems = List.copyOf(missingItems);
        if (kind == Kind.REFUSE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        if (kind == Kind.REQUEST_SUPPLEMENT && missingItems.isEmpty()) {
            throw new IllegalArgumentException("a supplement request needs the missing items");
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
