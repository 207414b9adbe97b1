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
 * The whole system for the system tests, started once per test JVM the way the local stack starts
 * it: a real broker, a fresh database per service, the five services on free ports, real HTTP.
 */
final class RunningSystem {

    private static RunningSystem instance;

    private final KafkaBroker broker;
    private final RunningServices services;

    private RunningSystem(KafkaBroker broker, RunningServices services) {
        this.broker = broker;
        this.services = services;
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningSystem start() {
        try {
            KafkaBroker broker = KafkaBroker.start(KafkaBroker.freePort(), Files.createTempDirectory("system-test-kafka"));
            Map<String, String> databases = new LinkedHashMap<>();
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                databases.put(service.name(), TestDatabases.create(service.database()).name());
                ports.put(service.name(), 0);
            }
            RunningServices services = RunningServices.start(TestDatabases.server(), databases, ports,
                    broker.bootstrapServers(), Map.of());
            RunningSystem system = new RunningSystem(broker, services);
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "stop-system-under-test"));
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
}
