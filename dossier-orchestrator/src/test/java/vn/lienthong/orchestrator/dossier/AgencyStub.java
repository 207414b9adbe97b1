package vn.lienthong.orchestrator.dossier;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import vn.lienthong.contracts.Message;
import vn.lienthong.devinfra.TopicTap;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.MessageCodec;

/** Plays the four agencies on the real broker: reads the commands the orchestrator sends and answers them. */
final class AgencyStub implements AutoCloseable {

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessageCodec codec;
    private final TopicTap commands;

    AgencyStub(KafkaTemplate<String, byte[]> kafka, MessageCodec codec, TopicTap commands) {
        this.kafka = kafka;
        this.codec = codec;
        this.commands = commands;
    }

    /** Waits for the first command of this type that matches. */
    <T extends Message> T await(Class<T> type, Predicate<T> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> commands.records().stream()
                        .map(r -> codec.decode(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE), r.value(),
                                r.key()))
                        .filter(type::isInstance).map(type::cast).filter(matching).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    long count(Class<? extends Message> type, UUID dossierId) {
        return commands.records().stream()
                .map(r -> codec.decode(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE), r.value(), r.key()))
                .filter(type::isInstance).filter(m -> m.dossierId().equals(dossierId)).count();
    }

    /** Publishes an agency's event as its outbox would; returns its message ID. */
    UUID reply(String topic, Message event) {
        return reply(topic, event, UUID.randomUUID());
    }

    UUID reply(String topic, Message event, UUID messageId) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, messageId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, codec.typeOf(event).getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(topic, null, event.dossierId().toString(), codec.encode(event), headers)).join();
        return messageId;
    }

    @Override
    public void close() {
        commands.close();
    }
}
