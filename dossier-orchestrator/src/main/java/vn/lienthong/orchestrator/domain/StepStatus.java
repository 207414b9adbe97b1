package vn.lienthong.orchestrator.domain;

public enum StepStatus {
    /** Not started: an earlier step is still running. */
    WAITING,
    IN_PROGRESS,
    AWAITING_SUPPLEMENT,
    DONE,
    REFUSED,
    /** The dossier was withdrawn and the agency was asked to cancel; its answer has not arrived. */
    CANCELLING,
    CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == REFUSED || this == CANCELLED;
    }

    public boolean isActive() {
        return this == IN_PROGRESS || this == AWAITING_SUPPLEMENT;
    }
}
