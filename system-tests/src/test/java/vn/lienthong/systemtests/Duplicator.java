package vn.lienthong.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A faulty network in a box: every record written to the saga's topics after it starts is delivered a second time,
 * with the same key, payload and headers (hence the same {@code ce_id}), as a producer retry or a relay replay would.
 */
final class Duplicator implements AutoCloseable {

    static final List<String> TOPICS = List.of("civil-registry.commands", "civil-registry.events",
            "residence.commands", "residence.events", "health-insurance.commands", "health-insurance.events",
            "delivery.commands", "delivery.events");
    private static final String MARK = "x-test-duplicate";

    private final Thread worker;
    private final AtomicInteger duplicated = new AtomicInteger();
    private volatile boolean running = true;

    Duplicator(String bootstrapServers) {
        long since = System.currentTimeMillis();
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "duplicator-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
        consumer.subscribe(TOPICS);
        worker = Thread.ofPlatform().name("duplicator").start(() -> {
            try (consumer; producer) {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.timestamp() < since || record.headers().lastHeader(MARK) != null) {
                            continue;
                        }
                        var copy = new ProducerRecord<>(record.topic(), record.partition(), record.key(),
                                record.value());
                        for (Header header : record.headers()) {
                            copy.headers().add(header);
                        }
                        copy.headers().add(MARK, "1".getBytes(StandardCharsets.UTF_8));
                        producer.send(copy);
                        duplicated.incrementAndGet();
                    }
                }
            }
        });
    }

    int duplicated() {
        return duplicated.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join(Duration.ofSeconds(10));
    }
}
