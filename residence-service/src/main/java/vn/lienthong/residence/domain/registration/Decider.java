package vn.lienthong.residence.domain.registration;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who took a decision (DESIGN.md §6, "decisions carry the officer"): its basis and, for an officer's decision, the
 * officer's username. The username is null only on an officer's decision recorded before usernames were kept.
 */
public record Decider(DecidedBy basis, @Nullable String username) {

    /** What the views show as {@code decidedBy} for a decision the system took by itself. */
    public static final String AUTOMATIC = "POLICY";

    public static final Decider POLICY = new Decider(DecidedBy.POLICY, null);
    public static final Decider CHECKS = new Decider(DecidedBy.CHECKS, null);

    public Decider {
        Objects.requireNonNull(basis, "basis");
        if (username != null && (basis != DecidedBy.OFFICER || username.isBlank())) {
            throw new IllegalArgumentException("only an officer's decision names a username, and not a blank one");
        }
    }

    /** The decision of the officer signed in as {@code username}. */
    public static Decider officer(String username) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("an officer's decision names the officer");
        }
        return new Decider(DecidedBy.OFFICER, username);
    }

    /**
     * As the views show it: the officer's username for an officer's decision, {@value #AUTOMATIC} for an automatic
     * one (the auto-approval policy and the checks at receipt alike).
     */
    public String shownAs() {
        if (basis != DecidedBy.OFFICER) {
            return AUTOMATIC;
        }
        return username != null ? username : DecidedBy.OFFICER.name();
    }
}
