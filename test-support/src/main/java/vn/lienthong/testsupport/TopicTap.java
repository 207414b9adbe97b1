package vn.lienthong.testsupport;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;

/**
 * A test's view of topics: every record on them from the beginning, gathered as it is polled, and read back as
 * messages of the contracts. Every read polls once more, so the {@code await...} methods simply repeat it until
 * what they wait for is there (or {@link #patience} runs out). Records are matched to a dossier by their key
 * before they are decoded, so what other tests left on the topic does not disturb a test's own dossier.
 *
 * <p>Get one from {@link Commands#tap} inside a {@link ServiceIntegrationTest}, which closes it after the test
 * method, or from {@link #on} anywhere else, closing it yourself.
 */
public final class TopicTap implements AutoCloseable {

    /** How long the {@code await...} methods wait unless told otherwise. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long {@link #assertStaysAt} watches for more messages. */
    public static final Duration QUIET = Duration.ofMillis(1500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private volatile Duration patience = PATIENCE;

    private TopicTap(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Taps the topics of the broker at {@code bootstrapServers}, from their beginning. */
    public static TopicTap on(String bootstrapServers, Topic... topics) {
        return on(bootstrapServers, Arrays.stream(topics).map(Topic::name).toArray(String[]::new));
    }

    /** Taps the topics, by name, of the broker at {@code bootstrapServers}, from their beginning. */
    public static TopicTap on(String bootstrapServers, String... topics) {
        var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
        return new TopicTap(consumer);
    }

    /** Waits this long in the {@code await...} methods from now on; returns this tap. */
    public TopicTap patience(Duration patience) {
        this.patience = patience;
        return this;
    }

    /** Polls once more and returns every record seen so far, raw: for dead letters and headers. */
    public synchronized List<ConsumerRecord<String, byte[]>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Every record seen so far keyed by the dossier, raw. */
    public List<ConsumerRecord<String, byte[]>> recordsFor(UUID dossierId) {
        String key = dossierId.toString();
        return records().stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Every message seen so far, decoded; fails on a record that is not a message of the contracts. */
    public List<Message> messages() {
        return records().stream().map(MessageWire::decode).toList();
    }

    /** Every message of the dossier seen so far, in order. */
    public List<Message> messagesFor(UUID dossierId) {
        return recordsFor(dossierId).stream().map(MessageWire::decode).toList();
    }

    /** Every message of this type seen so far, in order. */
    public <T extends Message> List<T> messages(Class<T> type) {
        return messages().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How many messages of this type the dossier has so far. */
    public long count(Class<? extends Message> type, UUID dossierId) {
        return messagesFor(dossierId).stream().filter(type::isInstance).count();
    }

    /** Waits until the dossier has {@code count} messages; returns them all (possibly more). */
    public List<Message> awaitMessages(UUID dossierId, int count) {
        return Awaitility.await().atMost(patience).until(() -> messagesFor(dossierId), messages -> messages.size() >= count);
    }

    /** Waits for the dossier's {@code n}-th message (1 = the first) and returns it. */
    public Message awaitMessage(UUID dossierId, int n) {
        return awaitMessages(dossierId, n).get(n - 1);
    }

    /** Waits for the dossier's {@code n}-th message, which must be of {@code type}. */
    public <T extends Message> T awaitMessage(UUID dossierId, int n, Class<T> type) {
        Message message = awaitMessage(dossierId, n);
        if (!type.isInstance(message)) {
            throw new AssertionError("message " + n + " of dossier " + dossierId + " is " + message
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(message);
    }

    /** Waits for the dossier's first message of {@code type}, whatever came before it. */
    public <T extends Message> T awaitFirst(UUID dossierId, Class<T> type) {
        return Awaitility.await().atMost(patience).until(() -> messagesFor(dossierId).stream().filter(type::isInstance)
                .map(type::cast).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** Waits for the first message of {@code type} that matches, of any dossier (e.g. found by its dossier code). */
    public <T extends Message> T await(Class<T> type, Predicate<? super T> matching) {
        return Awaitility.await().atMost(patience).until(() -> messages(type).stream().filter(matching).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** Asserts that the dossier has {@code count} messages and that no more arrive for {@link #QUIET}. */
    public void assertStaysAt(UUID dossierId, int count) {
        Awaitility.await().during(QUIET).atMost(QUIET.plus(patience)).until(() -> messagesFor(dossierId).size() == count);
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
