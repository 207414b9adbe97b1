package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.devinfra.PostgresServer;
import vn.lienthong.localstack.ServiceDefinition;

/**
 * The local stack as an operator runs it — its own process, started from the packaged jar — stops within 15 s of
 * SIGTERM while a load is in flight, and loses nothing: started again on the same broker log and databases, it
 * brings every dossier filed before the stop to its end.
 */
class LocalStackStopIT {

    private static final Path JAR = Path.of("..", "local-stack", "target", "local-stack-exec.jar");
    private static final int DOSSIERS = 80;
    private static final Duration STOP_LIMIT = Duration.ofSeconds(15);
    private static final String FINAL_STATUSES = "('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN')";

    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final String suffix = "stop" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dataDir;

    @Test
    void stopsWithinFifteenSecondsOfSigtermUnderLoadAndLosesNothing() throws Exception {
        assertThat(JAR).as("the local stack's jar, packaged before the system tests run").exists();
        int kafkaPort = freePort();

        Path firstLog = dataDir.resolve("first.log");
        Process first = start(kafkaPort, firstLog, "--demo=" + DOSSIERS);
        await("the demo files its dossiers").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(200))
                .until(() -> received(firstLog) >= DOSSIERS || !first.isAlive());
        assertThat(first.isAlive()).as("the first stack is running (log: %s)", firstLog).isTrue();
        long filed = count("select count(*) from dossier");
        long inFlight = count("select count(*) from dossier where status not in " + FINAL_STATUSES);
        assertThat(inFlight).as("dossiers still in flight when SIGTERM is sent").isPositive();

        long stopping = System.nanoTime();
        first.destroy(); // SIGTERM
        boolean exited = first.waitFor(60, TimeUnit.SECONDS);
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopping);
        String stopLine = Files.readAllLines(firstLog, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("local-stack: stopped in") || line.startsWith("local-stack: still stopping"))
                .findFirst().orElse("(no stop line)");
        System.out.printf("local-stack stop under load: %d of %d dossiers in flight, process gone after %.1f s; %s%n",
                inFlight, filed, stopTook.toMillis() / 1000.0, stopLine);
        assertThat(exited).isTrue();
        assertThat(stopTook).isLessThan(STOP_LIMIT);

        Process second = start(kafkaPort, dataDir.resolve("second.log"));
        await("every dossier filed before the stop reaches its end after the restart")
                .atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from dossier where status not in " + FINAL_STATUSES) == 0);
        assertThat(count("select count(*) from dossier")).isEqualTo(filed);
        assertThat(count("select count(*) from dossier where status = 'COMPLETED'")).isEqualTo(filed);
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void dropEverything() throws SQLException, InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            postgres.dropDatabase(service.database() + "_" + suffix);
        }
    }

    private Process start(int kafkaPort, Path log, String... extra) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString(),
                "--kafka-port=" + kafkaPort, "--data-dir=" + dataDir, "--free-ports", "--database-suffix=" + suffix));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static long received(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("demo: ") && line.contains(" received, due ")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = postgres.connect("orchestrator_" + suffix);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
