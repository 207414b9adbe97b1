package vn.lienthong.testsupport;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import vn.lienthong.devinfra.PostgresServer;

/**
 * Fresh databases for one test run: on a PostgreSQL container when a Docker engine is present,
 * otherwise on the local server (POSTGRES_HOST etc.). Every database is new and is dropped when
 * the JVM exits, so no run depends on what an earlier one left behind; one a killed JVM left is
 * dropped by a later run once it is a day old.
 */
public final class TestDatabases {

    private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);
    private static final Set<String> created = ConcurrentHashMap.newKeySet();
    private static final Deque<Runnable> beforeDropping = new ConcurrentLinkedDeque<>();
    private static volatile PostgresServer server;

    private TestDatabases() {
    }

    /** A new, empty database whose name starts with {@code purpose}; returns its server and name. */
    public static TestDatabase create(String purpose) {
        PostgresServer server = server();
        String name = "t_" + Instant.now().getEpochSecond() + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24), 36) + "_"
                + purpose.replaceAll("[^a-z0-9]", "_");
        name = name.substring(0, Math.min(name.length(), 63));
        try {
            server.createDatabaseIfMissing(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + server.host() + ":" + server.port(), e);
        }
        created.add(name);
        return new TestDatabase(server, name);
    }

    /** The server test databases live on, started or found on first use. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            server = dockerAvailable() ? startContainer() : PostgresServer.fromEnvironment();
            dropLeftovers(server);
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
        }
        return server;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' own reaper at JVM exit
    private static PostgresServer startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new PostgresServer(container.getHost(), container.getFirstMappedPort(),
                container.getUsername(), container.getPassword());
    }

    /** Drops test databases over a day old: what a killed test JVM could not drop itself. */
    private static void dropLeftovers(PostgresServer server) {
        long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        try (var connection = server.connect("postgres");
             var rows = connection.createStatement().executeQuery(
                     "select datname from pg_database where datname ~ '^t_[0-9]{10}_'")) {
            List<String> old = new ArrayList<>();
            while (rows.next()) {
                String name = rows.getString(1);
                if (Long.parseLong(name.substring(2, 12)) < dayAgo) {
                    old.add(name);
                }
            }
            for (String name : old) {
                server.dropDatabase(name);
            }
        } catch (SQLException e) {
            log.warn("could not look for leftover test databases: {}", e.getMessage());
        }
    }

    /**
     * Runs {@code action} at JVM exit before the databases are dropped (the latest registered first): whatever
     * uses them, such as services started by a test, stops while they still exist rather than waiting on them.
     */
    public static void beforeDropping(Runnable action) {
        beforeDropping.push(action);
    }

    private static void dropAll() {
        for (Runnable action : beforeDropping) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("could not stop what uses the test databases: {}", e.getMessage());
            }
        }
        for (String name : List.copyOf(created)) {
            try {
                server.dropDatabase(name);
            } catch (SQLException e) {
                log.warn("could not drop test database {}: {}", name, e.getMessage());
            }
        }
    }

    /** One database made for a test run. */
    public record TestDatabase(PostgresServer server, String name) {
        public String jdbcUrl() {
            return server.jdbcUrl(name);
        }
    }
}
