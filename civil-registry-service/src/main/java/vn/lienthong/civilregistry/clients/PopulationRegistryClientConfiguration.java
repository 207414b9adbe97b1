package vn.lienthong.civilregistry.clients;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import org.springframework.context.annotation.Bean;
import vn.lienthong.civilregistry.config.PopulationRegistryProperties;

/**
 * The client's own Feign beans (in its child context, so not a {@code @Configuration}): timeouts and bounded
 * retries from {@link PopulationRegistryProperties}. Connection failures, timeouts, 5xx and 429 are worth
 * repeating because the idempotency key makes a repeated call harmless; other 4xx are answers.
 */
class PopulationRegistryClientConfiguration {

    @Bean
    Request.Options populationRegistryOptions(PopulationRegistryProperties properties) {
        return new Request.Options(properties.connectTimeout(), properties.readTimeout(), false);
    }

    @Bean
    Retryer populationRegistryRetryer(PopulationRegistryProperties properties) {
        long interval = properties.retryInterval().toMillis();
        return new Retryer.Default(interval, Math.max(interval, 1000), properties.attempts());
    }

    @Bean
    ErrorDecoder populationRegistryErrors() {
        var decoder = new ErrorDecoder.Default();
        return (methodKey, response) -> {
            int status = response.status();
            if (status >= 500 || status == 429 || status == 408) {
                return new RetryableException(status, "population registry answered " + status,
                        response.request().httpMethod(), (Long) null, response.request());
            }
            return decoder.decode(methodKey, response);
        };
    }
}
