package vn.lienthong.residence.domain.registration;

/** Where a permanent-residence application stands. */
public enum ApplicationStatus {
    /** Waiting for a police officer's decision. */
    PENDING,
    /** The police asked for missing items; resumes when the orchestrator forwards them. */
    AWAITING_SUPPLEMENT,
    APPROVED,
    REFUSED,
    /** Withdrawn before a decision. */
    CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == AWAITING_SUPPLEMENT;
    }

    public boolean isDecided() {
        return this == APPROVED || this == REFUSED;
    }
}
