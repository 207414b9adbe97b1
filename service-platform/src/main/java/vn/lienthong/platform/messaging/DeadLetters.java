package vn.lienthong.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import vn.lienthong.contracts.Topic;

/**
 * Dead letters: records that failed after their retries go to {@code <topic>.DLT}, with the reason
 * in the {@code kafka_dlt-*} headers. The actuator endpoint {@code /actuator/deadletters} lists how
 * many wait per topic, and {@code POST /actuator/deadletters/{topic}} replays them to the original
 * topic (once each: the replay's position is committed), e.g. after the bug that failed them is fixed.
 */
@Endpoint(id = "deadletters")
public class DeadLetters {

    private static final Duration REPLAY_TIME_LIMIT = Duration.ofSeconds(60);

    private final List<String> topics;
    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String consumerGroup;
    private final String replayGroup;

    /** @param topics the topics this service reads, each with its dead-letter topic beside it */
    DeadLetters(List<String> topics, ConsumerFactory<String, byte[]> consumers,
                KafkaTemplate<String, byte[]> kafka, String consumerGroup) {
        this.topics = List.copyOf(topics);
        this.consumers = consumers;
        this.kafka = kafka;
        this.consumerGroup = consumerGroup;
        this.replayGroup = consumerGroup + ".dlt-replay";
    }

    static ConsumerRecordRecoverer recoverer(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        // Partition -1: let the key choose, so a dossier's dead letters stay in order too.
        var publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1));
        return (record, exception) -> {
            meters.counter("messaging.messages.dead.lettered", "topic", record.topic()).increment();
            publisher.accept(record, exception);
        };
    }

    /** Dead letters not yet replayed, per topic. */
    @ReadOperation
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(replayGroup, "-dlt-view")) {
            for (String topic : topics) {
                waiting.put(topic, positions(consumer, topic + Topic.DEAD_LETTER_SUFFIX).remaining());
            }
        }
        return waiting;
    }

    /** Sends the waiting dead letters of {@code topic} back to it; returns how many were replayed. */
    @WriteOperation
    public Map<String, Object> replay(@Selector String topic) throws Exception {
        if (!topics.contains(topic)) {
            throw new InvalidEndpointRequestException("not a topic of this service: " + topic,
                    "topic must be one of " + topics);
        }
        String deadLetterTopic = topic + Topic.DEAD_LETTER_SUFFIX;
        int replayed = 0;
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(replayGroup, "-dlt-replay")) {
            Positions positions = positions(consumer, deadLetterTopic);
            positions.start().forEach(consumer::seek);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            Instant deadline = Instant.now().plus(REPLAY_TIME_LIMIT);
            while (!positions.reached(consumer)) {
                if (Instant.now().isAfter(deadline)) {
                    // Nothing is committed, so a later replay starts from the same place; the
                    // consumers' inbox absorbs what this attempt already re-sent.
                    throw new IllegalStateException("replay of " + deadLetterTopic + " did not finish within "
                            + REPLAY_TIME_LIMIT.toSeconds() + " s; nothing was marked as replayed");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < positions.end().get(new TopicPartition(record.topic(), record.partition()))
                            && failedHere(record)) {
                        sends.add(kafka.send(original(record)));
                        replayed++;
                    }
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            positions.end().forEach((partition, end) -> done.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(done);
        }
        return Map.of("topic", topic, "replayed", replayed);
    }

    /** Another consumer group of the same topic replays its own dead letters. */
    private boolean failedHere(ConsumerRecord<String, byte[]> deadLetter) {
        String group = CloudEventHeaders.text(deadLetter.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return group == null || group.equals(consumerGroup);
    }

    private static ProducerRecord<String, byte[]> original(ConsumerRecord<String, byte[]> deadLetter) {
        var headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-")) {
                headers.add(header);
            }
        }
        String topic = deadLetter.topic().substring(0, deadLetter.topic().length() - Topic.DEAD_LETTER_SUFFIX.length());
        return new ProducerRecord<>(topic, null, deadLetter.key(), deadLetter.value(), headers);
    }

    private static Positions positions(Consumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> start = new HashMap<>(consumer.beginningOffsets(partitions));
        consumer.committed(Set.copyOf(partitions)).forEach((partition, committed) -> {
            if (committed != null) {
                start.put(partition, committed.offset());
            }
        });
        return new Positions(start, end);
    }

    private record Positions(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        long remaining() {
            return end.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - start.get(e.getKey()))).sum();
        }

        boolean reached(Consumer<?, ?> consumer) {
            return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        }
    }
}
