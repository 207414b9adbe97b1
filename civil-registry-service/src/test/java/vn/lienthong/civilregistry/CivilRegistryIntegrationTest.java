package vn.lienthong.civilregistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topics;
import vn.lienthong.devinfra.ServiceIntegrationTest;
import vn.lienthong.devinfra.TopicTap;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.MessageCodec;

/**
 * The service on real PostgreSQL and the embedded broker, with WireMock as the population registry. Every
 * integration test extends this class, so they share one application context.
 */
@ServiceIntegrationTest
public abstract class CivilRegistryIntegrationTest {

    public static final String ALLOCATIONS = "/api/v1/personal-id-numbers";

    protected static final WireMockServer registry = new WireMockServer(options().dynamicPort()
            .extensions(new FakePopulationRegistry()));

    static {
        registry.start();
        // The fake itself refuses a call without the service's client-credentials token (401/403), like the real one.
        registry.stubFor(post(urlPathEqualTo(ALLOCATIONS)).atPriority(10)
                .willReturn(aResponse().withTransformers(FakePopulationRegistry.NAME)));
    }

    @DynamicPropertySource
    static void testSettings(DynamicPropertyRegistry properties) {
        properties.add("lienthong.civil-registry.population-registry.url", registry::baseUrl);
        properties.add("lienthong.civil-registry.population-registry.attempts", () -> "2");
        properties.add("lienthong.civil-registry.population-registry.retry-interval", () -> "20ms");
        properties.add("lienthong.civil-registry.population-registry.read-timeout", () -> "2s");
        properties.add("lienthong.civil-registry.pending-retry.initial-interval", () -> "100ms");
        properties.add("lienthong.civil-registry.pending-retry.max-interval", () -> "300ms");
        properties.add("lienthong.civil-registry.pending-retry.poll-interval", () -> "100ms");
    }

    @Autowired protected KafkaTemplate<String, byte[]> kafka;
    @Autowired protected MessageCodec codec;
    @Autowired protected JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") protected String bootstrapServers;
    @Value("${local.server.port}") protected int port;

    protected TopicTap events;

    @BeforeEach
    void tapEvents() {
        events = TopicTap.on(bootstrapServers, Topics.CIVIL_REGISTRY_EVENTS);
    }

    @AfterEach
    void closeTap() {
        events.close();
    }

    /** Sends a command with a new message ID. */
    protected void send(Message command) {
        send(UUID.randomUUID(), command);
    }

    protected void send(UUID messageId, Message command) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, messageId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, codec.typeOf(command).getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(Topics.CIVIL_REGISTRY_COMMANDS, null, command.dossierId().toString(),
                codec.encode(command), headers));
    }

    /** Every reply for the dossier seen so far, decoded. */
    protected List<Message> repliesFor(UUID dossier) {
        return events.records().stream()
                .filter(r -> r.key().equals(dossier.toString()))
                .map(this::decode)
                .toList();
    }

    /** Waits for the dossier's first reply, which must be of {@code type}. */
    protected <T extends Message> T awaitReply(UUID dossier, Class<T> type) {
        List<Message> replies = await().atMost(Duration.ofSeconds(30)).until(() -> repliesFor(dossier), r -> !r.isEmpty());
        return type.cast(replies.getFirst());
    }

    /** Waits for the dossier's replies to reach {@code count}. */
    protected List<Message> awaitReplies(UUID dossier, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> repliesFor(dossier), r -> r.size() >= count);
    }

    /** The one-stop desk officer of the unit, with a real token of the test identity provider. */
    protected Http desk(String unitCode) {
        return Http.desk(port, unitCode);
    }

    protected long registrationsOf(UUID dossier) {
        return jdbc.sql("select count(*) from birth_registration where dossier_id = ?").param(dossier).query(Long.class).single();
    }

    protected long pendingOf(UUID dossier) {
        return jdbc.sql("select count(*) from pending_registration where dossier_id = ?").param(dossier).query(Long.class).single();
    }

    /** The population registry's calls carrying this idempotency key. */
    protected static List<ServeEvent> callsWithKey(String idempotencyKey) {
        return registry.getAllServeEvents().stream()
                .filter(e -> idempotencyKey.equals(e.getRequest().getHeader("Idempotency-Key")))
                .toList();
    }

    private Message decode(ConsumerRecord<String, byte[]> record) {
        return codec.decode(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE), record.value(), record.key());
    }
}
