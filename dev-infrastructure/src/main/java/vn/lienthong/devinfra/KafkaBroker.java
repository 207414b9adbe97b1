package vn.lienthong.devinfra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) running in this JVM on a
 * fixed port, with its log in a directory that survives a stop, so it can be restarted on the
 * same port with the same topics and committed offsets — what the local stack and the
 * broker-restart tests need, and what spring-kafka-test's broker (random ports) cannot do.
 */
public final class KafkaBroker implements AutoCloseable {

    private final int port;
    private final Path dataDirectory;
    private final KafkaRaftServer server;

    private KafkaBroker(int port, Path dataDirectory, KafkaRaftServer server) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.server = server;
    }

    /** Starts a broker on {@code port} (and the controller on a free port), keeping its log in {@code dataDirectory}. */
    public static KafkaBroker start(int port, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            int controllerPort = freePort();
            Map<String, Object> config = Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                    Map.entry("controller.listener.names", "CONTROLLER"),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                    Map.entry("log.dirs", dataDirectory.toString()),
                    Map.entry("num.partitions", "3"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    // One partition: otherwise the first consumer group waits for fifty.
                    Map.entry("offsets.topic.num.partitions", "1"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                    Map.entry("share.coordinator.state.topic.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    // The cleaner floods the log with errors when the JVM exits under it.
                    Map.entry("log.cleaner.enable", "false"),
                    Map.entry("auto.create.topics.enable", "true"));
            format(dataDirectory);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                // The controller may be up already, on threads that would keep the JVM alive.
                server.shutdown();
                server.awaitShutdown();
                throw new IllegalStateException("Kafka broker could not start on port " + port + ": " + e.getMessage(), e);
            }
            return new KafkaBroker(port, dataDirectory, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void format(Path dataDirectory) {
        if (Files.exists(dataDirectory.resolve("meta.properties"))) {
            return; // formatted by an earlier start: keep its log, topics and offsets
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDirectory.toString()))
                    .setMetadataLogDirectory(dataDirectory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka log directory " + dataDirectory, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the broker; its log stays, so {@link #start} on the same port and directory resumes it. */
    public void stop() {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public void close() {
        stop();
    }

    /** True when something already listens on the loopback port. */
    public static boolean inUse(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A TCP port that nothing listens on at the moment of asking. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
