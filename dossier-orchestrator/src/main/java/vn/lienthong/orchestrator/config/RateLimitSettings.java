package vn.lienthong.orchestrator.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lienthong.orchestrator.public-rate-limit}: how often one client address may call the public endpoints
 * ({@code lienthong.security.public-paths}).
 *
 * @param capacity the burst: requests an address may make at once
 * @param refillTokens requests given back every {@code refillPeriod}, spread evenly over it
 * @param maxClients addresses remembered at once (the least recently seen is forgotten first)
 */
@ConfigurationProperties("lienthong.orchestrator.public-rate-limit")
public record RateLimitSettings(@DefaultValue("30") int capacity,
                                @DefaultValue("30") int refillTokens,
                                @DefaultValue("1m") Duration refillPeriod,
                                @DefaultValue("10000") int maxClients) {

    public RateLimitSettings {
        if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("public-rate-limit: capacity, refill-tokens, refill-period and "
                    + "max-clients must be positive");
        }
    }
}
