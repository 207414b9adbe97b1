package vn.lienthong.delivery;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.devinfra.ServiceIntegrationTest;
import vn.lienthong.devinfra.TestIdentityProvider;
import vn.lienthong.devinfra.TopicTap;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.MessageCodec;
import vn.lienthong.platform.observability.Traceparent;

/**
 * The service on real PostgreSQL and the embedded broker, driven as the orchestrator, the carrier and the officers
 * drive it: commands on {@code delivery.commands}, events read back from {@code delivery.events}, HTTP. HTTP calls
 * carry the token of Đức Giang's desk officer ({@link #DESK_OFFICER}), whose unit the fixtures use, unless a test
 * passes another (or none); the carrier's reports carry the {@code carrier} client's ({@link #report}).
 */
@ServiceIntegrationTest
abstract class DeliveryServiceTestSupport {

    static final String DUC_GIANG = "000.26.45.H26";
    static final String DESK_OFFICER = "desk.000.26.45.h26";
    static final String CARRIER = "carrier";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired MessageCodec codec;
    @Autowired JdbcClient jdbc;
    @Value("${local.server.port}") int port;

    TopicTap events;
    TopicTap deadLetters;
    private @Nullable String deskToken;
    private @Nullable String carrierToken;

    @BeforeEach
    void tapTopics() {
        events = TopicTap.on(bootstrapServers(), Topics.DELIVERY_EVENTS);
        deadLetters = TopicTap.on(bootstrapServers(), Topics.DELIVERY_COMMANDS + Topics.DEAD_LETTER_SUFFIX);
    }

    /**
     * The broker of this test's context, as its producer uses it. Not {@code ${spring.kafka.bootstrap-servers}}: the
     * embedded broker publishes that as a system property, so once another context (SimulatedCarrierIT's) has started
     * its own broker, the property names that one even in the tests of an earlier, cached context.
     */
    String bootstrapServers() {
        Object servers = kafka.getProducerFactory().getConfigurationProperties().get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
        return servers instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(servers);
    }

    @AfterEach
    void closeTaps() {
        events.close();
        deadLetters.close();
    }

    // ---- commands, as the orchestrator sends them

    /** A dossier received at Đức Giang (Hà Nội, 001) whose results go to an address in Hà Nội. */
    static DispatchResults aDispatch(DeliveryMethod method, @Nullable String beneficiaryCategory) {
        return aDispatch(method, beneficiaryCategory, "Số 5 ngõ 12 phố Đức Giang, phường Đức Giang, Hà Nội",
                "001", "Phường Đức Giang", "Số 5 ngõ 12 phố Đức Giang");
    }

    /** A dossier received at Đức Giang (Hà Nội, 001) whose results go to this address. */
    static DispatchResults aDispatch(DeliveryMethod method, @Nullable String beneficiaryCategory, String address,
                                     @Nullable String destinationProvinceCode, @Nullable String destinationCommune,
                                     @Nullable String destinationStreet) {
        return new DispatchResults(UUID.randomUUID(), DUC_GIANG + "-250506-" + (1000 + (int) (Math.random() * 9000)),
                DUC_GIANG, "001",
                List.of(new ResultDocument("BIRTH_CERTIFICATE_EXTRACT", "123/2025"),
                        new ResultDocument("RESIDENCE_CONFIRMATION", "CT-2025-88"),
                        new ResultDocument("HEALTH_INSURANCE_CARD", "TE1010012345678")),
                method, "Nguyễn Thị An", address, "0912345678",
                beneficiaryCategory == null ? null : new Beneficiary(beneficiaryCategory, "HN-TB-12345"),
                destinationProvinceCode, destinationCommune, destinationStreet);
    }

    void send(DispatchResults command) {
        send(command, UUID.randomUUID());
    }

    void send(Message command, UUID messageId) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, messageId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, codec.typeOf(command).getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TRACEPARENT, Traceparent.start().header().getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(Topics.DELIVERY_COMMANDS, null, command.dossierId().toString(),
                codec.encode(command), headers));
    }

    /** Every event published for the dossier so far, in order. */
    List<Message> eventsOf(UUID dossierId) {
        return events.records().stream().filter(r -> r.key().equals(dossierId.toString()))
                .map(r -> codec.decode(CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE), r.value(), r.key()))
                .toList();
    }

    <T extends Message> T awaitEvent(UUID dossierId, Class<T> type) {
        return await().atMost(PATIENCE).until(() -> eventsOf(dossierId).stream().filter(type::isInstance)
                .map(type::cast).findFirst(), found -> found.isPresent()).orElseThrow();
    }

    /** The dossier's shipment as officers see it, once the command has been handled. */
    Map<String, Object> awaitShipmentOf(UUID dossierId) {
        return await().atMost(PATIENCE).until(() -> get("/api/v1/shipments?dossierId=" + dossierId).list(),
                list -> !list.isEmpty()).getFirst();
    }

    /** A postal shipment dispatched and announced: its tracking number. */
    String aPostalShipment(DispatchResults command) {
        send(command);
        return String.valueOf(awaitShipmentOf(command.dossierId()).get("trackingNumber"));
    }

    // ---- HTTP

    /** The desk officer of the fixtures' unit (Đức Giang). */
    String deskToken() {
        if (deskToken == null) {
            deskToken = TestIdentityProvider.token(DESK_OFFICER);
        }
        return deskToken;
    }

    /** The postal carrier's client. */
    String carrierToken() {
        if (carrierToken == null) {
            carrierToken = TestIdentityProvider.clientToken(CARRIER);
        }
        return carrierToken;
    }

    Answer get(String path) {
        return get(path, deskToken());
    }

    /** A GET with this access token, or none. */
    Answer get(String path, @Nullable String token) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path).headers(headers -> bearer(headers, token))
                .exchange((request, response) -> Answer.of(response.getStatusCode().value(),
                        response.bodyTo(Object.class)));
    }

    Answer post(String path, String json) {
        return post(path, json, deskToken());
    }

    /** A POST with this access token, or none. */
    Answer post(String path, String json, @Nullable String token) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri(path).headers(headers -> bearer(headers, token))
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> Answer.of(response.getStatusCode().value(),
                        response.bodyTo(Object.class)));
    }

    /** The carrier's webhook call, with the carrier's token. */
    Answer report(String trackingNumber, String json) {
        return post("/api/v1/shipments/" + trackingNumber + "/events", json, carrierToken());
    }

    /** A scrape of the metrics, as Prometheus does it. */
    String prometheus() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus")
                .headers(headers -> headers.setBearerAuth(TestIdentityProvider.clientToken("prometheus")))
                .retrieve().body(String.class);
    }

    private static void bearer(HttpHeaders headers, @Nullable String token) {
        if (token != null) {
            headers.setBearerAuth(token);
        }
    }

    long rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** An HTTP answer: its status and its JSON body (an object or a list). */
    record Answer(int status, @Nullable Object body) {

        static Answer of(int status, @Nullable Object body) {
            return new Answer(status, body);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }

        Object get(String field) {
            return map().get(field);
        }

        /** The fields a 400 problem names. */
        @SuppressWarnings("unchecked")
        List<Object> errorFields() {
            return ((List<Map<String, Object>>) map().get("errors")).stream().map(e -> e.get("field")).toList();
        }
    }
}
