package vn.lienthong.platform.security;

/**
 * The roles a token can carry (claim {@code roles}); Spring Security sees each as {@code ROLE_<name>}.
 * People: officers of a unit or province, operators, auditors, citizens. Machines: the postal carrier,
 * a service calling another, the metrics scraper.
 */
public enum Role {
    DESK_OFFICER, POLICE_OFFICER, INSURANCE_OFFICER, OPERATOR, AUDITOR, CITIZEN,
    CARRIER, SERVICE, METRICS_SCRAPER;

    public String authority() {
        return "ROLE_" + name();
    }
}
