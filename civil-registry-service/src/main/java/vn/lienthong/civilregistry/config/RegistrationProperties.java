package vn.lienthong.civilregistry.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of birth registration ({@code lienthong.civil-registry}).
 *
 * @param lateRegistrationFee fee in VND for a birth declared after the 60-day deadline, where the province sets
 *                            no other; 5,000 VND is what many provinces' People's Councils set for a late birth
 *                            registration at commune level under Circular 85/2019/TT-BTC
 * @param lateRegistrationFeeByProvince the fee where a province (3-digit code) sets its own
 * @param pendingRetry how a birth awaiting its personal ID number is retried while the population registry is away
 */
@ConfigurationProperties("lienthong.civil-registry")
public record RegistrationProperties(
        @DefaultValue("5000") BigDecimal lateRegistrationFee,
        @DefaultValue Map<String, BigDecimal> lateRegistrationFeeByProvince,
        @DefaultValue PendingRetry pendingRetry) {

    /**
     * @param initialInterval wait after the first failed call; doubles after each further failure
     * @param maxInterval the longest wait between two calls for the same birth
     * @param pollInterval how often the queue is looked at when nothing wakes it
     */
    public record PendingRetry(
            @DefaultValue("5s") Duration initialInterval,
            @DefaultValue("10m") Duration maxInterval,
            @DefaultValue("1s") Duration pollInterval) {
    }
}
