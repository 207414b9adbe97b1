package vn.lienthong.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.client.RestClient;
import vn.lienthong.devinfra.KafkaBroker;
import vn.lienthong.devinfra.TestDatabases;
import vn.lienthong.localstack.RunningServices;
import vn.lienthong.localstack.ServiceDefinition;

/**
 * The whole system under test, started once per JVM and flavour: its own Kafka broker, fresh databases, and the
 * five services as the local stack runs them, on free ports.
 * <ul>
 * <li>{@link #automatic()}: the policies approve the straightforward cases and a simulated carrier delivers;</li>
 * <li>{@link #manual()}: police and social-insurance officers decide through their APIs, and a supplement
 * deadline passes after seconds instead of 7 working days.</li>
 * </ul>
 */
final class RunningSystem {

    private static RunningSystem automatic;
    private static RunningSystem manual;

    private final KafkaBroker broker;
    private final RunningServices services;

    private RunningSystem(KafkaBroker broker, RunningServices services) {
        this.broker = broker;
        this.services = services;
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
                    "lienthong.delivery.simulated-carrier-step-delay", "500ms",
                    "lienthong.orchestrator.timers.deadline-override", "8s"));
        }
        return manual;
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
            RunningServices services = RunningServices.start(TestDatabases.server(), databases, ports,
                    broker.bootstrapServers(), settings);
            RunningSystem system = new RunningSystem(broker, services);
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

    RestClient client(String service) {
        return RestClient.create(services.baseUrl(service));
    }

    Iterable<String> serviceNames() {
        return services.names();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
