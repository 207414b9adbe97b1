package vn.lienthong.healthinsurance.declaration;

/** Who settled a declaration. */
public enum DecidedBy {
    /** An officer of the social-insurance office, through the API. */
    OFFICE,
    /** The auto-issue policy ({@code lienthong.health-insurance.auto-issue}). */
    AUTO_ISSUE,
    /** The rules alone: a child over 6, an unusable facility, a card the child already has. */
    RULES
}
