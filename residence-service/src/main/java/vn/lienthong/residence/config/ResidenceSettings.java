package vn.lienthong.residence.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings ({@code lienthong.residence}).
 *
 * @param autoApproval approve a straightforward application (every check passes) at once instead of waiting for
 *     an officer; off by default, as a real police office decides by hand
 * @param demoHouseholds seed the demo households (README) at start-up; for the local stack only
 * @param decisionWorkingDays the service level for a decision on a permanent-residence application, in working
 *     days after the day it is received (DESIGN.md rule 4: residence alone, 7)
 */
@ConfigurationProperties("lienthong.residence")
public record ResidenceSettings(
        @DefaultValue("false") boolean autoApproval,
        @DefaultValue("false") boolean demoHouseholds,
        @DefaultValue("7") int decisionWorkingDays) {

    public ResidenceSettings {
        if (decisionWorkingDays < 1) {
            throw new IllegalArgumentException("lienthong.residence.decision-working-days must be at least 1");
        }
    }
}
