package vn.lienthong.civilregistry.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how to call the population registry ({@code lienthong.civil-registry.population-registry}).
 *
 * @param url base URL of residence-service
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer
 * @param attempts attempts per call (the first included) when the registry is unreachable or answers 5xx/429;
 *                 a call that still fails leaves the birth waiting for the durable retry
 * @param retryInterval wait before the second attempt, growing by half each time up to one second
 */
@ConfigurationProperties("lienthong.civil-registry.population-registry")
public record PopulationRegistryProperties(
        @DefaultValue("http://127.0.0.1:8082") URI url,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("200ms") Duration retryInterval) {

    public PopulationRegistryProperties {
        if (attempts < 1) {
            throw new IllegalArgumentException("lienthong.civil-registry.population-registry.attempts must be at least 1");
        }
    }
}
