package vn.lienthong.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.client.RestClient;
import vn.lienthong.devinfra.KafkaBroker;
import vn.lienthong.localstack.RunningServices;
import vn.lienthong.localstack.ServiceDefinition;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TestDatabases;

/**
 * The whole system under test, started once per JVM and flavour: its own Kafka broker, fresh databases, and the
 * five services as the local stack runs them, on free ports, reading the time from one {@link #clock() clock} a
 * test may move forward (a supplement deadline of 7 working days passes without waiting for it).
 * <ul>
 * <li>{@link #automatic()}: the policies approve the straightforward cases and a simulated carrier delivers;</li>
 * <li>{@link #manual()}: police and social-insurance officers decide through their APIs;</li>
 * <li>{@link #still()}: officers decide and the carrier reports through the APIs, nothing moves by itself.</li>
 * </ul>
 * Each has its own identity provider; the tests sign in through it with {@code bin/token}.
 */
final class RunningSystem {

    private static RunningSystem automatic;
    private static RunningSystem manual;
    private static RunningSystem still;

    private final KafkaBroker broker;
    private final RunningServices services;
    private final Map<String, String> databases;
    private final TestClock clock;
    private final Tokens tokens;

    private RunningSystem(KafkaBroker broker, RunningServices services, Map<String, String> databases,
                          TestClock clock) {
        this.broker = broker;
        this.services = services;
        this.databases = databases;
        this.clock = clock;
        this.tokens = new Tokens(services.issuer());
    }

    static synchronized RunningSystem get() {
        return automatic();
    }

    static synchronized RunningSystem automatic() {
        if (automatic == null) {
            automatic = start("auto", Map.of(
                    "lienthong.residence.auto-approval", "true",
                    "lienthong.health-insurance.auto-issue", "true",
                    "lienthong.delivery.simulated-carrier", "true"));
        }
        return automatic;
    }

    static synchronized RunningSystem manual() {
        if (manual == null) {
            manual = start("manual", Map.of(
                    "lienthong.residence.auto-approval", "false",
                    "lienthong.health-insurance.auto-issue", "false",
                    "lienthong.delivery.simulated-carrier", "true",
                    "lienthong.delivery.simulated-carrier-step-delay", "500ms"));
        }
        return manual;
    }

    /**
     * Nothing moves unless asked: officers decide through the APIs and parcels move only by the carrier's webhook,
     * so a test can prove that a refused call wrote nothing anywhere.
     */
    static synchronized RunningSystem still() {
        if (still == null) {
            still = start("still", Map.of(
                    "lienthong.residence.auto-approval", "false",
                    "lienthong.health-insurance.auto-issue", "false",
                    "lienthong.delivery.simulated-carrier", "false"));
        }
        return still;
    }

    private static RunningSystem start(String flavour, Map<String, String> settings) {
        try {
            KafkaBroker broker = KafkaBroker.start(KafkaBroker.freePort(),
                    Files.createTempDirectory("system-test-kafka-" + flavour));
            Map<String, String> databases = new LinkedHashMap<>();
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                databases.put(service.name(), TestDatabases.create(service.database()).name());
                ports.put(service.name(), 0);
            }
            ports.put(RunningServices.IDENTITY_PROVIDER, 0);
            TestClock clock = new TestClock();
            RunningServices services = RunningServices.start(TestDatabases.server(), databases, ports,
                    broker.bootstrapServers(), settings, clock);
            RunningSystem system = new RunningSystem(broker, services, databases, clock);
            // Stopped at exit while its databases still exist, so no service waits on a dropped one.
            TestDatabases.beforeDropping(system::stop);
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        services.close();
        broker.stop();
    }

    /** Anonymous: no token. */
    RestClient client(String service) {
        return RestClient.create(services.baseUrl(service));
    }

    /** As a demo account (e.g. {@code desk.000.26.45.h26}), with a token from the real login flow. */
    RestClient client(String service, String username) {
        return RestClient.builder().baseUrl(services.baseUrl(service))
                .defaultHeader("Authorization", "Bearer " + tokens.user(username)).build();
    }

    /** As a machine client (e.g. {@code prometheus}, {@code carrier}), with its client-credentials token. */
    RestClient clientAs(String service, String clientId) {
        return RestClient.builder().baseUrl(services.baseUrl(service))
                .defaultHeader("Authorization", "Bearer " + tokens.client(clientId)).build();
    }

    Tokens tokens() {
        return tokens;
    }

    /**
     * The clock the five services read the time from (the identity provider keeps real time). A test moves it
     * forward only, and nothing resets it: the services' timers and dates must never see time run backwards.
     */
    TestClock clock() {
        return clock;
    }

    String baseUrl(String service) {
        return services.baseUrl(service);
    }

    /** The JDBC URL of a service's database, for checks that nothing was written. */
    String jdbcUrl(String service) {
        return TestDatabases.server().jdbcUrl(databases.get(service));
    }

    Iterable<String> serviceNames() {
        return services.names();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
