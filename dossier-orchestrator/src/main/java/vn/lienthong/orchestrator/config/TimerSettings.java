package vn.lienthong.orchestrator.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lienthong.orchestrator.timers}.
 *
 * @param pollingInterval how often due timers are looked for (in real time; whether one is due, the clock says)
 * @param apologyLead how long before the due date begins the late-dossier check runs
 */
@ConfigurationProperties("lienthong.orchestrator.timers")
public record TimerSettings(@DefaultValue("1s") Duration pollingInterval, @DefaultValue("9h") Duration apologyLead) {
}
