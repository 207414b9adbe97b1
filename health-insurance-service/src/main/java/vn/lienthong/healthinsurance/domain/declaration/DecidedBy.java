package vn.lienthong.healthinsurance.domain.declaration;

/**
 * On what basis a declaration was settled. An office decision also records the deciding officer
 * ({@link Declaration#decidingOfficer()}); metrics count by this kind alone, never by officer.
 */
public enum DecidedBy {
    /** An officer of the social-insurance office, through the API. */
    OFFICE,
    /** The auto-issue policy ({@code lienthong.health-insurance.auto-issue}). */
    AUTO_ISSUE,
    /** The rules alone: a child over 6, an unusable facility, a card the child already has. */
    RULES
}
