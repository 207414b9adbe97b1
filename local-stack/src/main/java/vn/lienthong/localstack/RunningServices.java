package vn.lienthong.localstack;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienthong.devinfra.PostgresServer;
import vn.lienthong.identity.IdentityProviderApplication;

/**
 * The identity provider and the five services started in this JVM, each as its own Spring context with its own
 * port (and database, for the services): about half the memory and CPU of separate processes. Used by the local
 * stack and by the system tests.
 */
public final class RunningServices implements AutoCloseable {

    /** The identity provider's name in {@code ports}; it starts first, since every service trusts it. */
    public static final String IDENTITY_PROVIDER = "identity-provider";
    public static final int IDENTITY_PROVIDER_PORT = 9000;
    private static final String RESIDENCE = "residence-service";
    /** The properties of the services that call residence-service synchronously (OpenFeign). */
    private static final List<String> RESIDENCE_URL_SETTINGS = List.of(
            "lienthong.civil-registry.population-registry.url", "lienthong.orchestrator.residence-url");

    private final Map<String, ConfigurableApplicationContext> contexts;

    private RunningServices(Map<String, ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /**
     * Starts the identity provider on its port (0: a free one), then the services trusting it.
     *
     * @param ports the port of the identity provider and each service by name; 0 picks a free one
     */
    public static RunningServices start(PostgresServer postgres, Map<String, String> databases,
                                        Map<String, Integer> ports, String kafkaBootstrapServers,
                                        Map<String, String> settings) {
        return start(postgres, databases, ports, kafkaBootstrapServers, settings, null);
    }

    /**
     * As {@link #start(PostgresServer, Map, Map, String, Map)}, with the clock every service reads the time from
     * (its {@code Clock} bean): a system test passes one it moves forward to let a deadline pass. The identity
     * provider keeps real time, so its tokens stay valid where they are checked.
     *
     * @param clock the services' clock; null for the platform's (real time in Asia/Ho_Chi_Minh)
     */
    public static RunningServices start(PostgresServer postgres, Map<String, String> databases,
                                        Map<String, Integer> ports, String kafkaBootstrapServers,
                                        Map<String, String> settings, Clock clock) {

        Map<String, ConfigurableApplicationContext> started = new LinkedHashMap<>();
        Map<String, String> wiring = new LinkedHashMap<>();
        try {
            List<String> identityArgs = new ArrayList<>(List.of(
                    "--server.port=" + ports.getOrDefault(IDENTITY_PROVIDER, IDENTITY_PROVIDER_PORT),
                    "--logging.include-application-name=false", "--spring.main.log-startup-info=false"));
            settings.forEach((key, value) -> identityArgs.add("--" + key + "=" + value));
            ConfigurableApplicationContext identity = IdentityProviderApplication.application()
                    .registerShutdownHook(false).run(identityArgs.toArray(String[]::new));
            started.put(IDENTITY_PROVIDER, identity);
            wiring.put("lienthong.security.issuer-uri", "http://127.0.0.1:" + port(identity));
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                List<String> args = new ArrayList<>(List.of(
                        "--server.port=" + ports.getOrDefault(service.name(), service.defaultPort()),
                        "--spring.datasource.url=" + postgres.jdbcUrl(databases.get(service.name())),
                        "--spring.datasource.username=" + postgres.username(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                        // Five services share one logging system: the logger names tell them apart.
                        "--logging.include-application-name=false",
                        "--spring.main.log-startup-info=false"));
                wiring.forEach((key, value) -> args.add("--" + key + "=" + value));
                settings.forEach((key, value) -> args.add("--" + key + "=" + value));
                var application = service.application().get().registerShutdownHook(false);
                if (clock != null) {
                    // Registered before the context refreshes, so the platform's own Clock bean backs off.
                    application.initializers(starting -> starting.getBeanFactory().registerSingleton("clock", clock));
                }
                ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
                started.put(service.name(), context);
                if (service.name().equals(RESIDENCE)) {
                    // Whatever port it got, the services that ask residence-service questions find it here.
                    String url = "http://127.0.0.1:" + port(context);
                    RESIDENCE_URL_SETTINGS.forEach(key -> wiring.put(key, url));
                }
            }
            return new RunningServices(started);
        } catch (RuntimeException e) {
            new RunningServices(started).close();
            throw e;
        }
    }

    public int port(String service) {
        return port(contexts.get(service));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The issuer every service trusts: the identity provider started with them. */
    public URI issuer() {
        return URI.create(baseUrl(IDENTITY_PROVIDER));
    }

    public String baseUrl(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    /** The five services (not the identity provider). */
    public List<String> names() {
        return contexts.keySet().stream().filter(name -> !name.equals(IDENTITY_PROVIDER)).toList();
    }

    /**
     * Closes the five services side by side (each stops its listeners after the record in hand and drains its
     * web server), then the identity provider they trust.
     */
    @Override
    public void close() {
        List<Thread> closing = contexts.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(IDENTITY_PROVIDER))
                .map(entry -> Thread.ofPlatform().name("close-" + entry.getKey()).start(entry.getValue()::close))
                .toList();
        for (Thread thread : closing) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ConfigurableApplicationContext identity = contexts.get(IDENTITY_PROVIDER);
        if (identity != null) {
            identity.close();
        }
    }
}
