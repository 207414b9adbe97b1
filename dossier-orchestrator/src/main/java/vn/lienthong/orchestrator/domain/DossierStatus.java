package vn.lienthong.orchestrator.domain;

public enum DossierStatus {
    RECEIVED,
    IN_PROGRESS,
    AWAITING_SUPPLEMENT,
    RETURNING_RESULTS,
    COMPLETED,
    PARTIALLY_COMPLETED,
    REFUSED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == COMPLETED || this == PARTIALLY_COMPLETED || this == REFUSED || this == WITHDRAWN;
    }
}
