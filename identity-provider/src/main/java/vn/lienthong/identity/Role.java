package vn.lienthong.identity;

/** The role names the access tokens carry in their {@code roles} claim (DESIGN.md §6). */
public enum Role {
    DESK_OFFICER,
    POLICE_OFFICER,
    INSURANCE_OFFICER,
    OPERATOR,
    AUDITOR,
    CITIZEN,
    CARRIER,
    SERVICE,
    METRICS_SCRAPER
}
