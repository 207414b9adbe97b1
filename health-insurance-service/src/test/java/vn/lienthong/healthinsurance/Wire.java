package vn.lienthong.healthinsurance;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCommand;
import vn.lienthong.devinfra.TestIdentityProvider;
import vn.lienthong.devinfra.TopicTap;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.MessageCodec;

/**
 * A test's connection to the running service, as the orchestrator and the office see it: commands onto
 * {@code health-insurance.commands}, replies read back from {@code health-insurance.events}, HTTP calls. HTTP
 * calls carry the token of Hà Nội's social-insurance officer ({@link #OFFICER}), the office of the fixtures'
 * unit, unless a test passes another (or none).
 */
final class Wire implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The social-insurance officer of province 001, where the fixtures' unit (Đức Giang) is. */
    static final String OFFICER = "bhxh.001";

    /** An HTTP answer: status, content type and the JSON body (a map, a list, or null). */
    record Answer(int status, String contentType, Object body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }
    }

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessageCodec codec;
    private final TopicTap events;
    private final RestClient http;
    private final String officerToken;

    Wire(KafkaTemplate<String, byte[]> kafka, MessageCodec codec, String bootstrapServers, int port) {
        this.kafka = kafka;
        this.codec = codec;
        this.events = TopicTap.on(bootstrapServers, Topics.HEALTH_INSURANCE_EVENTS);
        this.http = RestClient.create("http://127.0.0.1:" + port);
        this.officerToken = TestIdentityProvider.token(OFFICER);
    }

    /** Sends the command under a new message ID; returns that ID. */
    UUID send(HealthInsuranceCommand command) {
        UUID messageId = UUID.randomUUID();
        send(messageId, command);
        return messageId;
    }

    void send(UUID messageId, HealthInsuranceCommand command) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, messageId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, codec.typeOf(command).getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(Topics.HEALTH_INSURANCE_COMMANDS, null, command.dossierId().toString(),
                codec.encode(command), headers)).join();
    }

    /** Every reply published so far for the dossier, in order. */
    List<Message> repliesFor(UUID dossierId) {
        return events.records().stream()
                .filter(record -> record.key().equals(dossierId.toString()))
                .map(record -> codec.decode(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE),
                        record.value(), record.key()))
                .toList();
    }

    /** Waits until the dossier has {@code count} replies and returns the last. */
    Message awaitReply(UUID dossierId, int count) {
        return await().atMost(PATIENCE).until(() -> repliesFor(dossierId), replies -> replies.size() >= count).get(count - 1);
    }

    Message awaitReply(UUID dossierId) {
        return awaitReply(dossierId, 1);
    }

    /** Asserts, for a second, that the dossier's replies stay at {@code count}. */
    void assertNoFurtherReplies(UUID dossierId, int count) {
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> repliesFor(dossierId).size() == count);
    }

    Answer get(String path) {
        return get(path, officerToken);
    }

    /** A GET with this access token, or none. */
    Answer get(String path, @Nullable String token) {
        return http.get().uri(path).headers(headers -> bearer(headers, token))
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(Object.class)));
    }

    Answer post(String path, String json) {
        return post(path, json, officerToken);
    }

    /** A POST with this access token, or none. */
    Answer post(String path, String json, @Nullable String token) {
        return http.post().uri(path).headers(headers -> bearer(headers, token))
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(Object.class)));
    }

    private static void bearer(HttpHeaders headers, @Nullable String token) {
        if (token != null) {
            headers.setBearerAuth(token);
        }
    }

    /** The declaration of a dossier as the office's API shows it, once it is there. */
    Map<String, Object> awaitDeclaration(String dossierCode) {
        return await().atMost(PATIENCE).until(() -> get("/api/v1/declarations?dossierCode=" + dossierCode).list(),
                list -> list.size() == 1).getFirst();
    }

    /** Waits until the dossier's declaration has {@code status}; returns it. */
    Map<String, Object> awaitDeclaration(String dossierCode, String status) {
        return await().atMost(PATIENCE).until(() -> get("/api/v1/declarations?dossierCode=" + dossierCode).list(),
                list -> list.size() == 1 && status.equals(list.getFirst().get("status"))).getFirst();
    }

    Answer decide(Object declarationId, String json) {
        return decide(declarationId, json, officerToken);
    }

    Answer decide(Object declarationId, String json, @Nullable String token) {
        return post("/api/v1/declarations/" + declarationId + "/decision", json, token);
    }

    @Override
    public void close() {
        events.close();
    }
}
