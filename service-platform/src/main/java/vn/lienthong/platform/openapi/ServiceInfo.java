package vn.lienthong.platform.openapi;

import io.swagger.v3.oas.models.info.Info;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/** The document's {@code info}: which service, which version of it, and what every operation has in common. */
final class ServiceInfo {

    /** The version of a service run from classes rather than from its jar (no manifest to read). */
    static final String UNPACKAGED = "0.0.0-unpackaged";

    private ServiceInfo() {
    }

    static Info of(OpenApiSettings settings, Environment environment, URI issuer) {
        String title = present(settings.title()) ? settings.title()
                : words(environment.getProperty("spring.application.name", "service"));
        String version = present(settings.version()) ? settings.version()
                : environment.getProperty("spring.application.version", UNPACKAGED);
        String description = present(settings.description()) ? settings.description() : """
                The HTTP API of the %s. Requests and answers are JSON (application/json); every refusal and \
                error is an RFC 9457 problem (application/problem+json) with a stable type, naming the fields at \
                fault and their rule, never the values sent. Every operation needs an access token of the OpenID \
                Connect issuer %s unless it lists no security requirement.""".formatted(title, issuer);
        return new Info().title(title).version(version).description(description);
    }

    /** {@code residence-service} → "Residence service". */
    static String words(String name) {
        String spaced = Arrays.stream(name.trim().split("[-_.\\s]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return spaced.isEmpty() ? "Service" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
