package vn.lienthong.localstack;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import vn.lienthong.devinfra.KafkaBroker;
import vn.lienthong.devinfra.PostgresServer;

/**
 * The whole system on one machine: a Kafka broker (KRaft) on a fixed port, the five databases on
 * the configured PostgreSQL (made if missing), and the five services in this JVM. Runs until Ctrl-C.
 *
 * <pre>
 * --kafka-port=N        the broker's port (default 9092, or KAFKA_PORT)
 * --data-dir=DIR        where the broker keeps its log between runs (default .local-stack)
 * --bind=ADDRESS        the address the services listen on (default 127.0.0.1: this machine only)
 * --free-ports          the services and the identity provider on free ports (printed) instead of 8080-8084, 9000
 * --database-suffix=S   databases named e.g. residence_S, so a second stack can run beside the first
 * --manual-approvals    police and social-insurance decisions wait for their APIs
 * --manual-carrier      no simulated carrier: shipments move only through the carrier webhook
 * --demo=N              once up, submit N sample dossiers and print their progress until they are done
 * </pre>
 *
 * <p>On SIGTERM (Ctrl-C, {@code docker stop}, {@code kill}) it stops within {@value #STOP_LIMIT_SECONDS} s: the
 * services close side by side, each listener after the record in hand (what it has not committed is read again
 * at the next start: inbox and outbox make that safe), and whatever still runs when the limit is reached is
 * abandoned — its transaction rolls back, so it is redone after the restart, never half done.
 */
public final class LocalStack {

    /** How long a stop may take before the JVM is halted. */
    static final int STOP_LIMIT_SECONDS = 15;

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-stack: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        PostgresServer postgres = PostgresServer.fromEnvironment();
        Map<String, String> databases = new LinkedHashMap<>();
        try {
            postgres.checkReachable();
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                String database = service.database() + options.databaseSuffix();
                postgres.createDatabaseIfMissing(database);
                databases.put(service.name(), database);
            }
        } catch (SQLException e) {
            System.err.printf("local-stack: PostgreSQL at %s:%d is not reachable as user %s (%s)%n",
                    postgres.host(), postgres.port(), postgres.username(), e.getMessage());
            System.exit(1);
            return;
        }

        if (KafkaBroker.inUse(options.kafkaPort())) {
            System.err.printf("local-stack: port %d is already in use (another Kafka?); choose one with --kafka-port=N%n",
                    options.kafkaPort());
            System.exit(1);
            return;
        }
        KafkaBroker broker = KafkaBroker.start(options.kafkaPort(), options.dataDir().resolve("kafka"));
        RunningServices services;
        Map<String, String> settings = new HashMap<>(options.settings());
        // The provider's signing key survives restarts, so tokens obtained before a restart stay valid.
        settings.put("lienthong.identity.key-file", options.dataDir().resolve("identity-key.json").toAbsolutePath().toString());
        try {
            services = RunningServices.start(postgres, databases, options.ports(), broker.bootstrapServers(), settings);
        } catch (RuntimeException e) {
            broker.stop();
            throw e;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long stopping = System.nanoTime();
            System.out.println("local-stack: stopping");
            Thread watchdog = Thread.ofPlatform().daemon().name("local-stack-stop-limit").start(() -> {
                try {
                    Thread.sleep(Duration.ofSeconds(STOP_LIMIT_SECONDS - 1));
                    System.out.println("local-stack: still stopping after " + (STOP_LIMIT_SECONDS - 1)
                            + " s; abandoning the work in hand (it rolls back and is redone at the next start)");
                    Runtime.getRuntime().halt(143);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            services.close();
            broker.stop();
            watchdog.interrupt();
            System.out.printf("local-stack: stopped in %.1f s%n",
                    Duration.ofNanos(System.nanoTime() - stopping).toMillis() / 1000.0);
            stopped.countDown();
        }, "local-stack-shutdown"));

        System.out.printf("%nlocal-stack: up in %.1f s (Ctrl-C stops it)%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        System.out.printf("  %-26s %s%n", "kafka", broker.bootstrapServers());
        System.out.printf("  %-26s %s:%d (databases %s)%n", "postgresql", postgres.host(), postgres.port(),
                String.join(", ", databases.values()));
        System.out.printf("  %-26s %s  (sign in: bin/token USERNAME, e.g. bin/token desk.000.26.45.h26)%n",
                RunningServices.IDENTITY_PROVIDER, services.issuer());
        for (String service : services.names()) {
            System.out.printf("  %-26s %s  (health %s/actuator/health, API docs %s/swagger-ui.html)%n",
                    service, services.baseUrl(service), services.baseUrl(service), services.baseUrl(service));
        }
        if (options.demoDossiers() > 0) {
            Demo.run(services.issuer(), services.baseUrl("residence-service"), services.baseUrl("dossier-orchestrator"),
                    options.demoDossiers());
        }
        stopped.await();
    }

    /** The command line. */
    record Options(int kafkaPort, Path dataDir, Map<String, String> settings, int demoDossiers,
                   Map<String, Integer> ports, String databaseSuffix) {

        static Options parse(String... args) {
            int kafkaPort = Integer.parseInt(System.getenv().getOrDefault("KAFKA_PORT", "9092"));
            Path dataDir = Path.of(".local-stack");
            Map<String, String> settings = new HashMap<>();
            // A demonstration runs by itself: policies approve the straightforward cases, a simulated carrier
            // delivers, and a few households exist to file dossiers against.
            settings.put("lienthong.residence.auto-approval", "true");
            settings.put("lienthong.health-insurance.auto-issue", "true");
            settings.put("lienthong.delivery.simulated-carrier", "true");
            settings.put("lienthong.residence.demo-households", "true");
            int demoDossiers = 0;
            Map<String, Integer> ports = Map.of();
            String databaseSuffix = "";
            // Only this machine can reach the services unless told otherwise.
            settings.put("server.address", "127.0.0.1");
            for (String arg : args) {
                if (arg.startsWith("--kafka-port=")) {
                    kafkaPort = Integer.parseInt(arg.substring("--kafka-port=".length()));
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = Path.of(arg.substring("--data-dir=".length()));
                } else if (arg.equals("--manual-approvals")) {
                    settings.put("lienthong.residence.auto-approval", "false");
                    settings.put("lienthong.health-insurance.auto-issue", "false");
                } else if (arg.equals("--manual-carrier")) {
                    settings.put("lienthong.delivery.simulated-carrier", "false");
                } else if (arg.startsWith("--bind=")) {
                    settings.put("server.address", arg.substring("--bind=".length()));
                } else if (arg.equals("--free-ports")) {
                    Map<String, Integer> free = new HashMap<>();
                    free.put(RunningServices.IDENTITY_PROVIDER, 0);
                    ServiceDefinition.ALL.forEach(service -> free.put(service.name(), 0));
                    ports = Map.copyOf(free);
                } else if (arg.startsWith("--database-suffix=")) {
                    String suffix = arg.substring("--database-suffix=".length());
                    if (!suffix.matches("[a-z0-9_]{1,20}")) {
                        throw new IllegalArgumentException("--database-suffix takes 1 to 20 of a-z, 0-9 and _");
                    }
                    databaseSuffix = "_" + suffix;
                } else if (arg.startsWith("--demo=")) {
                    demoDossiers = Integer.parseInt(arg.substring("--demo=".length()));
                } else {
                    throw new IllegalArgumentException("unknown option " + arg
                            + " (options: --kafka-port=N --data-dir=DIR --bind=ADDRESS --free-ports --database-suffix=S"
                            + " --manual-approvals --manual-carrier --demo=N)");
                }
            }
            return new Options(kafkaPort, dataDir, Map.copyOf(settings), demoDossiers, ports, databaseSuffix);
        }
    }
}
