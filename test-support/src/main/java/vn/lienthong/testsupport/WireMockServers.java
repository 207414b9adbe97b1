package vn.lienthong.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way tests stand up another service's API: a WireMock server on a free port, started at once and stopped
 * when the JVM exits, so a test class can hold it in a static field, start it in the field's initializer and hand
 * {@link WireMockServer#baseUrl()} to the service through {@code @DynamicPropertySource}:
 *
 * <pre>{@code
 * static final WireMockServer residence = WireMockServers.start();
 *
 * @DynamicPropertySource
 * static void residenceUrl(DynamicPropertyRegistry registry) {
 *     registry.add("lienthong.orchestrator.residence-url", residence::baseUrl);
 * }
 * }</pre>
 *
 * Stubs stay until the test removes them ({@code server.resetAll()} in a {@code @BeforeEach}, when the test class
 * changes them per test).
 */
public final class WireMockServers {

    private WireMockServers() {
    }

    /** A started server on a free port, with these extensions (e.g. a response transformer that plays a service). */
    public static WireMockServer start(Extension... extensions) {
        return start(options().dynamicPort().extensions(extensions));
    }

    /** A started server with these options (give it a dynamic port); stopped when the JVM exits. */
    public static WireMockServer start(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-wiremock-" + server.port()));
        return server;
    }

    /** The stub only answers a caller that sends a bearer token, as every service's API does. */
    public static MappingBuilder withBearerToken(MappingBuilder stub) {
        return stub.withHeader("Authorization", matching("Bearer .+"));
    }

    /** The requests the server received with this header value, oldest first (e.g. an {@code Idempotency-Key}). */
    public static List<LoggedRequest> requestsWithHeader(WireMockServer server, String header, String value) {
        return server.getAllServeEvents().reversed().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> value.equals(request.getHeader(header)))
                .toList();
    }

    /** The claims of the request's bearer token, or empty when it carries none: who the service called as. */
    public static Optional<Map<String, Object>> bearerClaims(LoggedRequest request) {
        return Jwts.bearerClaims(request.getHeader("Authorization"));
    }
}
