package vn.lienthong.orchestrator.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.orchestrator.web.ratelimit.ClientBuckets;
import vn.lienthong.orchestrator.web.ratelimit.PublicRateLimit;
import vn.lienthong.platform.security.SecuritySettings;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /**
     * Before the security filters (order -100), so an address over the limit costs no token check; after the
     * observation filter, so the 429s still show in the HTTP metrics.
     */
    static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(SecuritySettings security, RateLimitSettings settings,
                                                            MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                new PublicRateLimit(security.publicPaths(), new ClientBuckets(settings.capacity(),
                        settings.refillTokens(), settings.refillPeriod(), settings.maxClients()), meters));
        registration.setOrder(ORDER);
        return registration;
    }
}
