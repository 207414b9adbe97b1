package vn.lienthong.testsupport.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.Jwts;
import vn.lienthong.testsupport.MessageWire;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.TopicTap;

/** The harness as a service's IT uses it: one annotation, then clock, HTTP and broker by @Autowired. */
@ServiceIntegrationTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class HarnessIT {

    @Autowired TestClock clock;
    @Autowired ServiceHttp http;
    @Autowired Commands commands;
    @Autowired ApplicationContext context;

    @Test
    @Order(1)
    void theTestClockIsTheContextsOnlyClockAndTheServiceReadsItsOffset() {
        assertThat(context.getBeansOfType(Clock.class)).hasSize(1).containsValue(clock);
        LocalDate today = LocalDate.now(TestClock.VIETNAM);

        clock.advance(Duration.ofDays(3));
        Map<String, Object> time = http.get("/time").map();

        assertThat(time).containsEntry("zone", "Asia/Ho_Chi_Minh")
                .containsEntry("today", today.plusDays(3).toString());
        assertThat(Instant.parse((String) time.get("instant"))).isAfter(Instant.now().plus(Duration.ofDays(2)));
    }

    @Test
    @Order(2)
    void theClockIsBackOnRealTimeAfterTheTestThatMovedIt() {
        assertThat(clock.offset()).isZero();
        assertThat(http.get("/time").string("today")).isEqualTo(LocalDate.now(TestClock.VIETNAM).toString());
    }

    @Test
    void theServiceRunsOnADatabaseOfItsOwn() {
        assertThat(http.get("/database").string("name")).startsWith("t_").endsWith("_harness");
    }

    @Test
    void callsAsAPersonOrAClientWithJsonBodiesAndHeaders() {
        Response answer = http.asDeskOf("000.26.45.H26").idempotencyKey("key-1").post("/echo", Map.of("name", "Lê Thị Hoa"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.location()).isEqualTo("/echo/1");
        assertThat(answer.header("content-type")).startsWith("application/json");
        assertThat(answer.map()).containsEntry("idempotencyKey", "key-1")
                .containsEntry("body", Map.of("name", "Lê Thị Hoa"));
        Map<String, Object> claims = Jwts.bearerClaims(answer.string("authorization")).orElseThrow();
        assertThat(claims).containsEntry("sub", "desk.000.26.45.h26");

        Response asClient = http.asClient("dossier-orchestrator").post("/echo", "{\"raw\":true}");
        assertThat(Jwts.isServiceClient(Jwts.bearerClaims(asClient.string("authorization")).orElseThrow(),
                "dossier-orchestrator")).isTrue();
        assertThat(http.post("/echo", Map.of()).string("authorization")).isEqualTo("none");
    }

    @Test
    void readsABodyThatIsNotJsonAsText() {
        assertThat(http.get("/metrics").text()).isEqualTo("harness_up 1\n");
        assertThat(http.get("/nowhere").status()).isEqualTo(404);
    }

    @Test
    void sendsCommandsWithCloudEventHeadersAndReadsTheReplies() {
        TopicTap events = commands.tap(HarnessApplication.EVENTS);
        UUID probe = UUID.randomUUID();

        commands.send(HarnessApplication.COMMANDS, new Probe(probe));

        ProbeAnswered answered = events.awaitMessage(probe, 1, ProbeAnswered.class);
        assertThat(answered.service()).isEqualTo("harness");
        ConsumerRecord<String, byte[]> record = events.recordsFor(probe).getFirst();
        assertThat(MessageWire.header(record.headers(), "received-traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        events.assertStaysAt(probe, 1);
    }

    @Test
    void sendsAMessageToTheTopicOfItsFamily() {
        TopicTap replies = commands.tap(Topic.RESIDENCE_EVENTS);
        UUID dossier = UUID.randomUUID();
        var registered = new ResidenceRegistered(dossier, "HN-000123", "Số 12", "001", "Phường Đức Giang",
                clock.today());

        UUID messageId = commands.send(registered);

        assertThat(replies.awaitFirst(dossier, ResidenceRegistered.class)).isEqualTo(registered);
        var record = replies.recordsFor(dossier).getFirst();
        assertThat(MessageWire.header(record.headers(), MessageWire.ID)).isEqualTo(messageId.toString());
        assertThat(MessageWire.header(record.headers(), MessageWire.TYPE)).isEqualTo("ResidenceRegistered");
        assertThat(MessageWire.header(record.headers(), MessageWire.SPEC_VERSION)).isEqualTo("1.0");
        assertThatThrownBy(() -> commands.send(new Probe(dossier))).hasMessageContaining("name the topic");
    }
}
