package vn.lienthong.civilregistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.contracts.Agency;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TopicTap;
import vn.lienthong.testsupport.WireMockServers;

/**
 * The service as it runs, with WireMock playing the population registry and faster retries. Every integration
 * test extends this class, so they share one application context.
 */
@ServiceIntegrationTest
public abstract class CivilRegistryIntegrationTest {

    public static final String ALLOCATIONS = "/api/v1/personal-id-numbers";
    public static final String COMMANDS = Agency.CIVIL_REGISTRY.commands().name();

    protected static final WireMockServer registry = WireMockServers.start(new FakePopulationRegistry());

    static {
        // The fake itself refuses a call without the service's client-credentials token (401/403), like the real one.
        registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(10)
                .willReturn(aResponse().withTransformers(FakePopulationRegistry.NAME)));
    }

    @DynamicPropertySource
    static void testSettings(DynamicPropertyRegistry properties) {
        properties.add("lienthong.civil-registry.population-registry.url", registry::baseUrl);
        properties.add("lienthong.civil-registry.population-registry.attempts", () -> "2");
        properties.add("lienthong.civil-registry.population-registry.retry-interval", () -> "20ms");
        properties.add("lienthong.civil-registry.population-registry.read-timeout", () -> "2s");
        properties.add("lienthong.civil-registry.pending-retry.initial-interval", () -> "100ms");
        properties.add("lienthong.civil-registry.pending-retry.max-interval", () -> "300ms");
        properties.add("lienthong.civil-registry.pending-retry.poll-interval", () -> "100ms");
    }

    @Autowired protected ServiceHttp http;
    @Autowired protected Commands commands;
    @Autowired protected TestClock clock;
    @Autowired protected JdbcClient jdbc;

    /** The service's replies ({@code civil-registry.events}), from the beginning of the topic. */
    protected TopicTap events;

    @BeforeEach
    void tapEvents() {
        events = commands.tap(Agency.CIVIL_REGISTRY.events().name());
    }

    protected long registrationsOf(UUID dossier) {
        return jdbc.sql("select count(*) from birth_registration where dossier_id = ?").param(dossier).query(Long.class).single();
    }

    protected long pendingOf(UUID dossier) {
        return jdbc.sql("select count(*) from pending_registration where dossier_id = ?").param(dossier).query(Long.class).single();
    }

    /** The population registry's calls carrying this idempotency key, oldest first. */
    protected static List<LoggedRequest> callsWithKey(String idempotencyKey) {
        return WireMockServers.requestsWithHeader(registry, "Idempotency-Key", idempotencyKey);
    }
}
