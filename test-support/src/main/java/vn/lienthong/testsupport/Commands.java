package vn.lienthong.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;

/**
 * A test's hands on the broker: puts commands (or an agency's events) on a topic as an outbox relay would — keyed
 * by the dossier, with the CloudEvents headers {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time},
 * {@code ce_specversion}, {@code ce_subject}, {@code content-type} and a fresh W3C {@code traceparent} — and taps
 * topics to read what the service answered. Every send waits for the broker's acknowledgement, so a test's
 * messages arrive in the order it sent them.
 *
 * <p>In a {@link ServiceIntegrationTest} it is a bean on the context's embedded broker ({@code @Autowired Commands
 * commands}); its taps are closed after each test method. Elsewhere, {@link #on(String)} and close it.
 */
public final class Commands implements AutoCloseable {

    /** The {@code ce_source} of what tests send. */
    public static final String SOURCE = "test-support";

    private final Supplier<String> bootstrapServers;
    private final Clock clock;
    private final List<TopicTap> taps = new CopyOnWriteArrayList<>();
    private @Nullable KafkaProducer<String, byte[]> producer;

    Commands(Supplier<String> bootstrapServers, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
    }

    /** Commands for the broker at {@code bootstrapServers}, outside a {@link ServiceIntegrationTest}. */
    public static Commands on(String bootstrapServers) {
        return new Commands(() -> bootstrapServers, Clock.systemUTC());
    }

    /** The broker this sends to and taps, as {@code host:port[,host:port]}. */
    public String bootstrapServers() {
        return bootstrapServers.get();
    }

    /**
     * Sends the message to the topic of its family ({@link Topic#all()}: a command to its agency's commands topic,
     * an agency's event to its events topic) under a new message ID; returns that ID.
     */
    public UUID send(Message message) {
        return send(topicOf(message), message);
    }

    /** Sends the message to the topic of its family under {@code messageId}. */
    public UUID send(Message message, UUID messageId) {
        return send(topicOf(message), message, messageId);
    }

    /** Sends the message to the topic under a new message ID; returns that ID. */
    public UUID send(Topic topic, Message message) {
        return send(topic.name(), message);
    }

    /** Sends the message to the topic under {@code messageId}. */
    public UUID send(Topic topic, Message message, UUID messageId) {
        return send(topic.name(), message, messageId);
    }

    /** Sends the message under a new message ID; returns that ID. */
    public UUID send(String topic, Message message) {
        return send(topic, message, UUID.randomUUID());
    }

    /** Sends the message under {@code messageId}: the same ID twice is a redelivery, which the inbox drops. */
    public UUID send(String topic, Message message, UUID messageId) {
        String type = MessageWire.typeOf(message);
        String key = message.dossierId().toString();
        send(topic, key, MessageWire.encode(message), Map.of(
                MessageWire.ID, messageId.toString(),
                MessageWire.TYPE, type,
                MessageWire.SOURCE, SOURCE,
                MessageWire.TIME, clock.instant().toString(),
                MessageWire.SPEC_VERSION, "1.0",
                MessageWire.SUBJECT, key,
                MessageWire.CONTENT_TYPE, "application/json",
                MessageWire.TRACEPARENT, traceparent()));
        return messageId;
    }

    /**
     * Sends a record exactly as given, for what no outbox would write: a payload that is not JSON, a missing or
     * unknown {@code ce_type}, a key that is not the dossier's. Headers are UTF-8 text.
     */
    public void send(String topic, @Nullable String key, byte @Nullable [] payload, Map<String, String> headers) {
        var recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(new ProducerRecord<>(topic, null, key, payload, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take the record for " + topic, e.getCause());
        }
    }

    /** Taps the topics from their beginning; in a {@link ServiceIntegrationTest} the tap closes after the test. */
    public TopicTap tap(Topic... topics) {
        return tap(Arrays.stream(topics).map(Topic::name).toArray(String[]::new));
    }

    /** Taps the topics, by name (e.g. a dead-letter topic, {@code topic.deadLetters()}), from their beginning. */
    public TopicTap tap(String... topics) {
        TopicTap tap = TopicTap.on(bootstrapServers(), topics);
        taps.add(tap);
        return tap;
    }

    /** Closes the taps opened so far (the harness does it after every test method). */
    public void closeTaps() {
        for (TopicTap tap : taps) {
            tap.close();
        }
        taps.clear();
    }

    private static Topic topicOf(Message message) {
        return Topic.all().stream().filter(topic -> topic.family().isInstance(message)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(message.getClass().getSimpleName()
                        + " belongs to no topic's family (a probe?): name the topic"));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** A new W3C trace context: version 00, random trace and span IDs, sampled. */
    private static String traceparent() {
        var random = ThreadLocalRandom.current();
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        random.nextBytes(trace);
        random.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    @Override
    public synchronized void close() {
        closeTaps();
        if (producer != null) {
            Objects.requireNonNull(producer).close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}
