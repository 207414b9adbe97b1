package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.DeadLetters;
import vn.lienthong.platform.messaging.MessageCodec;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.platform.observability.Traceparent;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TopicTap;

@ServiceIntegrationTest
class MessagingPlatformIT {

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired MessageCodec codec;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired DeadLetters deadLetters;
    @Autowired MeterRegistry meters;
    /** On this context's broker, which the JVM-wide {@code spring.kafka.bootstrap-servers} may no longer name. */
    @Autowired Commands commands;

    TopicTap events;
    TopicTap deadLettered;

    @BeforeEach
    void tapTopics() {
        // Closed by the harness after each test method.
        events = commands.tap(PlatformTestApplication.EVENTS);
        deadLettered = commands.tap(PlatformTestApplication.COMMANDS + Topic.DEAD_LETTER_SUFFIX);
    }

    @Test
    void handlesACommandOnceAndPublishesTheReplyWithCloudEventHeadersInTheSameTrace() {
        UUID dossier = UUID.randomUUID();
        Traceparent caller = Traceparent.start();

        kafka.send(command(UUID.randomUUID(), new CancelBirthRegistration(dossier, "withdrawn"), caller));

        ConsumerRecord<String, byte[]> reply = awaitReplyFor(dossier);
        assertThat(reply.key()).isEqualTo(dossier.toString());
        assertThat(header(reply, CloudEventHeaders.TYPE)).isEqualTo("BirthRegistrationCancelled");
        assertThat(header(reply, CloudEventHeaders.SUBJECT)).isEqualTo(dossier.toString());
        assertThat(header(reply, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(reply, CloudEventHeaders.SOURCE)).isEqualTo("urn:lienthong:platform-test");
        assertThat(UUID.fromString(header(reply, CloudEventHeaders.ID)).version()).isEqualTo(7);
        assertThat(header(reply, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(Traceparent.parseOrStart(header(reply, CloudEventHeaders.TRACEPARENT)).traceId())
                .isEqualTo(caller.traceId());
        assertThat(new String(reply.value(), StandardCharsets.UTF_8))
                .contains("\"type\":\"BirthRegistrationCancelled\"")
                .doesNotContain("vn.lienthong");
        assertThat(handledCount(dossier)).isEqualTo(1);
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        UUID dossier = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        double duplicatesBefore = duplicates();

        kafka.send(command(messageId, new CancelBirthRegistration(dossier, "withdrawn"), Traceparent.start()));
        kafka.send(command(messageId, new CancelBirthRegistration(dossier, "withdrawn"), Traceparent.start()));

        await().atMost(Duration.ofSeconds(20)).until(() -> duplicates() > duplicatesBefore);
        awaitReplyFor(dossier);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> repliesFor(dossier).size() == 1);
        assertThat(handledCount(dossier)).isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() {
        UUID poisoned = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, "CancelBirthRegistration".getBytes(StandardCharsets.UTF_8));

        kafka.send(new ProducerRecord<>(PlatformTestApplication.COMMANDS, null, poisoned.toString(),
                "this is not JSON".getBytes(StandardCharsets.UTF_8), headers));
        kafka.send(command(UUID.randomUUID(), new CancelBirthRegistration(next, "withdrawn"), Traceparent.start()));

        awaitReplyFor(next);
        ConsumerRecord<String, byte[]> deadLetter = await().atMost(Duration.ofSeconds(20))
                .until(() -> deadLettered.records().stream().filter(r -> r.key().equals(poisoned.toString())).findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not JSON");
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PlatformTestApplication.COMMANDS);
        assertThat(handledCount(poisoned)).isZero();
    }

    @Test
    void aRecordThatKeepsFailingIsDeadLetteredWithNothingHalfWrittenAndCanBeReplayedOnceFixed() throws Exception {
        UUID dossier = UUID.randomUUID();
        PlatformTestApplication.fixed.set(false);
        long waitingBefore = deadLetters.waiting().get(PlatformTestApplication.COMMANDS);

        kafka.send(command(UUID.randomUUID(),
                new CancelBirthRegistration(dossier, PlatformTestApplication.FAILS_UNTIL_FIXED), Traceparent.start()));

        await().atMost(Duration.ofSeconds(20)).until(() -> deadLettered.records().stream()
                .anyMatch(r -> r.key().equals(dossier.toString())));
        assertThat(handledCount(dossier)).as("every attempt rolled back").isZero();
        assertThat(deadLetters.waiting()).containsEntry(PlatformTestApplication.COMMANDS, waitingBefore + 1);

        PlatformTestApplication.fixed.set(true);
        assertThat(deadLetters.replay(PlatformTestApplication.COMMANDS))
                .containsEntry("replayed", (int) waitingBefore + 1);

        awaitReplyFor(dossier);
        assertThat(handledCount(dossier)).isEqualTo(1);
    }

    @Test
    void aMessageAppendedInARolledBackTransactionIsNeverPublished() {
        UUID dossier = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(dossier, "rolled-back"));
            status.setRollbackOnly();
        });
        // Same dossier, so same partition: once this one is handled, the other would have been before it.
        transactions.executeWithoutResult(status ->
                outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(dossier, "committed")));

        awaitReplyFor(dossier);
        assertThat(jdbc.sql("select reason from handled where dossier_id = ?").param(dossier).query(String.class).list())
                .containsExactly("committed");
        assertThat(jdbc.sql("select count(*) from messaging.outbox where message_key = ?")
                .param(dossier.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void aMessageTheBrokerRefusesForGoodIsParkedAndTheOnesBehindItStillGo() {
        UUID oversized = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(oversized, "x".repeat(2_000_000)));
            outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(behind, "withdrawn"));
        });

        awaitReplyFor(behind);
        String reason = jdbc.sql("select parked_reason from messaging.outbox where message_key = ? and parked_at is not null")
                .param(oversized.toString()).query(String.class).single();
        assertThat(reason).contains("RecordTooLarge");
    }

    @Test
    void aDossiersMessagesLeaveInCommitOrderEvenWhenTheLaterTransactionWroteFirst() throws Exception {
        UUID dossier = UUID.randomUUID();
        var firstAppended = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // "first" appends first but commits only when released; "second" appends after it.
            var first = threads.submit(() -> transactions.executeWithoutResult(status -> {
                outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(dossier, "first"));
                firstAppended.countDown();
                await().atMost(Duration.ofSeconds(20)).until(() -> releaseFirst.getCount() == 0);
            }));
            firstAppended.await();
            var second = threads.submit(() -> transactions.executeWithoutResult(status ->
                    outbox.append(PlatformTestApplication.COMMANDS, new CancelBirthRegistration(dossier, "second"))));
            // "second" must wait for the dossier's lock rather than overtake "first".
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted")
                    .query(Long.class).single() > 0);
            releaseFirst.countDown();
            first.get();
            second.get();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> handledCount(dossier) == 2);
        assertThat(jdbc.sql("select reason from handled where dossier_id = ? order by id").param(dossier)
                .query(String.class).list()).containsExactly("first", "second");
    }

    @Test
    void theOutboxRefusesAMessageOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(PlatformTestApplication.COMMANDS,
                new CancelBirthRegistration(UUID.randomUUID(), "withdrawn")))
                .isInstanceOf(IllegalStateException.class);
    }

    private ProducerRecord<String, byte[]> command(UUID messageId, Message message, Traceparent trace) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, messageId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, codec.typeOf(message).getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TRACEPARENT, trace.header().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(PlatformTestApplication.COMMANDS, null, message.dossierId().toString(),
                codec.encode(message), headers);
    }

    private ConsumerRecord<String, byte[]> awaitReplyFor(UUID dossier) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> repliesFor(dossier), replies -> !replies.isEmpty()).getFirst();
    }

    private List<ConsumerRecord<String, byte[]>> repliesFor(UUID dossier) {
        return events.records().stream().filter(r -> r.key().equals(dossier.toString())).toList();
    }

    private long handledCount(UUID dossier) {
        return jdbc.sql("select count(*) from handled where dossier_id = ?").param(dossier).query(Long.class).single();
    }

    private double duplicates() {
        var counter = meters.find("messaging.messages.received").tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }
}
