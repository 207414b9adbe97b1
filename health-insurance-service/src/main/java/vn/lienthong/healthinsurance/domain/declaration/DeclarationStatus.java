package vn.lienthong.healthinsurance.domain.declaration;

/** Where a declaration stands: received and waiting ({@code PENDING}), or the office's last word on it. */
public enum DeclarationStatus {
    PENDING,
    AWAITING_SUPPLEMENT,
    ISSUED,
    REFUSED,
    CANCELLED;

    /** Still in the office's queue: not issued, refused or cancelled. */
    public boolean isOpen() {
        return this == PENDING || this == AWAITING_SUPPLEMENT;
    }
}
