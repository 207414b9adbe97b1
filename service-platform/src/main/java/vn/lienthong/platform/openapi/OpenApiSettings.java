package vn.lienthong.platform.openapi;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lienthong.openapi}: what the OpenAPI document says about the service itself.
 *
 * @param title       default: {@code spring.application.name} in words ({@code residence-service} → "Residence service")
 * @param version     default: {@code spring.application.version}, which Boot reads from the {@code Implementation-Version}
 *                    of the service jar's manifest (the Maven project version, written by the starter parent); run
 *                    from classes (an IDE, a test), there is none and the document says {@code 0.0.0-unpackaged}
 * @param description default: what every service's API has in common (JSON, problems, tokens of the issuer)
 */
@ConfigurationProperties("lienthong.openapi")
public record OpenApiSettings(@Nullable String title, @Nullable String version, @Nullable String description) {
}
