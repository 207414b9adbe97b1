package vn.lienthong.orchestrator.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lienthong.orchestrator.saga}.
 *
 * @param supplementWorkingDays how long an officer has to answer a supplement request (DESIGN.md §1: 7)
 * @param apologyExtraWorkingDays how much later the new appointment of an apology is than the due date
 */
@ConfigurationProperties("lienthong.orchestrator.saga")
public record SagaSettings(@DefaultValue("7") int supplementWorkingDays,
                           @DefaultValue("2") int apologyExtraWorkingDays) {
}
