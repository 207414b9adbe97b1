package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.DeadLetters;
import vn.lienthong.platform.messaging.MessageCodec;
import vn.lienthong.platform.observability.Traceparent;
import vn.lienthong.platform.participant.CancelledDossierException;
import vn.lienthong.platform.participant.DossierMemory;
import vn.lienthong.platform.participant.DossierMemory.State;
import vn.lienthong.platform.participant.Replies;
import vn.lienthong.platform.testapp.TestParticipants.TestResidence;
import vn.lienthong.testsupport.Commands;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TopicTap;

/** The participant platform against the real broker and database, through the test app's declared participant. */
@ServiceIntegrationTest
class ParticipantIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired MessageCodec codec;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Replies replies;
    @Autowired DossierMemory memory;
    @Autowired DeadLetters deadLetters;
    @Autowired KafkaAdmin admin;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Autowired MeterRegistry meters;
    @Autowired Commands commands;

    TopicTap events;
    TopicTap deadLettered;

    @BeforeEach
    void tapTopics() {
        // On this context's broker (not the JVM-wide bootstrap-servers property); closed after each test method.
        events = commands.tap(Topic.RESIDENCE_EVENTS);
        deadLettered = commands.tap(Topic.RESIDENCE_COMMANDS.deadLetters());
    }

    @Test
    void aStepCommandIsHandledAndItsReplyGoesToTheAgencysEventsTopic() {
        UUID dossier = UUID.randomUUID();

        send(Topic.RESIDENCE_COMMANDS, register(dossier, "HK-001"));

        ConsumerRecord<String, byte[]> reply = awaitReplyFor(dossier);
        assertThat(header(reply, CloudEventHeaders.TYPE)).isEqualTo("ResidenceRegistered");
        assertThat(codec.decode("ResidenceRegistered", reply.value(), reply.key()))
                .isEqualTo(TestResidence.registered(dossier, "HK-001"));
        assertThat(handled(dossier)).containsExactly("RegisterResidence");
        assertThat(memory.state(DossierId.of(dossier))).hasValueSatisfying(remembered -> {
            assertThat(remembered.state()).isEqualTo(State.DECIDED);
            assertThat(remembered.reply()).isEqualTo(TestResidence.registered(dossier, "HK-001"));
        });
    }

    @Test
    void aCancellationOfADossierNeverSeenIsHandledAndALateStepForItIsNot() {
        UUID dossier = UUID.randomUUID();
        double skippedBefore = skipped("cancelled");

        send(Topic.RESIDENCE_COMMANDS, new CancelResidenceApplication(dossier, "withdrawn"));
        assertThat(header(awaitReplyFor(dossier), CloudEventHeaders.TYPE)).isEqualTo("ResidenceApplicationCancelled");
        assertThat(memory.cancelled(DossierId.of(dossier))).isTrue();

        send(Topic.RESIDENCE_COMMANDS, register(dossier, "HK-001"));

        await().atMost(PATIENCE).until(() -> skipped("cancelled") == skippedBefore + 1);
        assertThat(handled(dossier)).containsExactly("CancelResidenceApplication");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> repliesFor(dossier).size() == 1 && outboxRowsFor(dossier) == 0);
    }

    @Test
    void aRepeatedStepForADecidedDossierGetsTheSameDecisionWithoutTheHandler() {
        UUID dossier = UUID.randomUUID();
        double repeatsBefore = skipped("decided");
        send(Topic.RESIDENCE_COMMANDS, register(dossier, TestParticipants.REFUSED));
        ConsumerRecord<String, byte[]> first = awaitReplyFor(dossier);

        send(Topic.RESIDENCE_COMMANDS, register(dossier, TestParticipants.REFUSED));

        List<ConsumerRecord<String, byte[]>> both = await().atMost(PATIENCE)
                .until(() -> repliesFor(dossier), replies -> replies.size() == 2);
        assertThat(header(both.get(1), CloudEventHeaders.TYPE)).isEqualTo("ResidenceRefused");
        assertThat(both.get(1).value()).isEqualTo(first.value());
        assertThat(handled(dossier)).containsExactly("RegisterResidence");
        assertThat(skipped("decided")).isEqualTo(repeatsBefore + 1);
    }

    @Test
    void aDecisionSentLaterThroughRepliesIsRememberedAndRepeated() {
        UUID dossier = UUID.randomUUID();
        send(Topic.RESIDENCE_COMMANDS, register(dossier, TestParticipants.OFFICER_DECIDES));
        await().atMost(PATIENCE).until(() -> handled(dossier).size() == 1);
        assertThat(memory.state(DossierId.of(dossier))).isEmpty();

        var decision = TestResidence.registered(dossier, "HK-002");
        transactions.executeWithoutResult(status -> replies.send(decision));

        assertThat(header(awaitReplyFor(dossier), CloudEventHeaders.TYPE)).isEqualTo("ResidenceRegistered");
        assertThat(memory.state(DossierId.of(dossier))).hasValueSatisfying(remembered -> {
            assertThat(remembered.state()).isEqualTo(State.DECIDED);
            assertThat(remembered.reply()).isEqualTo(decision);
        });

        send(Topic.RESIDENCE_COMMANDS, register(dossier, TestParticipants.OFFICER_DECIDES));
        await().atMost(PATIENCE).until(() -> repliesFor(dossier).size() == 2);
        assertThat(handled(dossier)).hasSize(1);
    }

    @Test
    void aDecisionForACancelledDossierIsRefusedAndNotSent() {
        UUID dossier = UUID.randomUUID();
        send(Topic.RESIDENCE_COMMANDS, new CancelResidenceApplication(dossier, "withdrawn"));
        awaitReplyFor(dossier);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                replies.send(TestResidence.registered(dossier, "HK-003"))))
                .isInstanceOf(CancelledDossierException.class);

        assertThat(outboxRowsFor(dossier)).isZero();
        assertThat(memory.state(DossierId.of(dossier))).hasValueSatisfying(remembered ->
                assertThat(remembered.state()).isEqualTo(State.CANCELLED));
    }

    @Test
    void aReplyOfAnotherFamilyCannotBeSentThroughReplies() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                replies.send(new BirthRegistrationCancelled(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoisonCommandGoesToTheDeadLetterTopicAndTheNextCommandIsStillHandled() {
        UUID poisoned = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, utf8(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.TYPE, utf8("RegisterResidence"));

        kafka.send(new ProducerRecord<>(Topic.RESIDENCE_COMMANDS.name(), null, poisoned.toString(),
                utf8("this is not JSON"), headers));
        send(Topic.RESIDENCE_COMMANDS, register(next, "HK-004"));

        awaitReplyFor(next);
        ConsumerRecord<String, byte[]> deadLetter = await().atMost(PATIENCE)
                .until(() -> deadLettered.records().stream().filter(r -> r.key().equals(poisoned.toString())).findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topic.RESIDENCE_COMMANDS.name());
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not JSON");
        assertThat(handled(poisoned)).isEmpty();
    }

    @Test
    void aProbeOnTheCommandsTopicIsAnsweredOnTheEventsTopic() {
        UUID probe = UUID.randomUUID();

        send(Topic.RESIDENCE_COMMANDS, new Probe(probe));

        assertThat(header(awaitReplyFor(probe), CloudEventHeaders.TYPE)).isEqualTo("ProbeAnswered");
    }

    @Test
    void listenersTopicsAndDeadLetterTopicsComeFromTheDeclarations() {
        assertThat(listeners.getListenerContainer("residenceParticipant")).isNotNull()
                .satisfies(container -> assertThat(container.getContainerProperties().getTopics())
                        .containsExactly(Topic.RESIDENCE_COMMANDS.name()));
        assertThat(listeners.getListenerContainer("agencyEvents")).isNotNull()
                .satisfies(container -> assertThat(container.getContainerProperties().getTopics())
                        .containsExactly(Topic.CIVIL_REGISTRY_EVENTS.name()));

        assertThat(admin.describeTopics(Topic.RESIDENCE_COMMANDS.name(), Topic.RESIDENCE_EVENTS.name(),
                Topic.RESIDENCE_COMMANDS.deadLetters(), Topic.DOSSIER_EVENTS.name(),
                Topic.CIVIL_REGISTRY_EVENTS.deadLetters()))
                .hasSize(5);
        // The test app's own declaration (PlatformTestApplication) joins the participant's and the subscription's.
        assertThat(deadLetters.waiting()).containsOnlyKeys(Topic.RESIDENCE_COMMANDS.name(),
                Topic.CIVIL_REGISTRY_EVENTS.name(), PlatformTestApplication.COMMANDS);
    }

    @Test
    void anEventSubscriptionHandsEachEventOnceWithItsIdAndType() {
        UUID dossier = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        var event = new BirthRegistrationCancelled(dossier);

        kafka.send(record(Topic.CIVIL_REGISTRY_EVENTS, messageId, event));
        kafka.send(record(Topic.CIVIL_REGISTRY_EVENTS, messageId, event));
        UUID later = UUID.randomUUID();
        kafka.send(record(Topic.CIVIL_REGISTRY_EVENTS, later, event));

        await().atMost(PATIENCE).until(() -> delivered(dossier).size() == 2);
        assertThat(delivered(dossier)).containsExactlyInAnyOrder(
                messageId + " BirthRegistrationCancelled civil-registry.events",
                later + " BirthRegistrationCancelled civil-registry.events");
    }

    private void send(Topic topic, Message message) {
        kafka.send(record(topic, UUID.randomUUID(), message));
    }

    private ProducerRecord<String, byte[]> record(Topic topic, UUID messageId, Message message) {
        var headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, utf8(messageId.toString()));
        headers.add(CloudEventHeaders.TYPE, utf8(codec.typeOf(message)));
        headers.add(CloudEventHeaders.TRACEPARENT, utf8(Traceparent.start().header()));
        return new ProducerRecord<>(topic.name(), null, message.dossierId().toString(), codec.encode(message), headers);
    }

    private static RegisterResidence register(UUID dossier, String householdNumber) {
        return new RegisterResidence(dossier, "HS-0001", "00001", "001226000001", householdNumber, "CHILD",
                "001190000001", null);
    }

    private ConsumerRecord<String, byte[]> awaitReplyFor(UUID dossier) {
        return await().atMost(PATIENCE).until(() -> repliesFor(dossier), replies -> !replies.isEmpty()).getFirst();
    }

    private List<ConsumerRecord<String, byte[]>> repliesFor(UUID dossier) {
        return events.records().stream().filter(r -> r.key().equals(dossier.toString())).toList();
    }

    private List<String> handled(UUID dossier) {
        return jdbc.sql("select reason from handled where dossier_id = ? order by id").param(dossier)
                .query(String.class).list();
    }

    private List<String> delivered(UUID dossier) {
        return jdbc.sql("select message_id || ' ' || type || ' ' || topic from delivered where dossier_id = ?")
                .param(dossier).query(String.class).list();
    }

    private long outboxRowsFor(UUID dossier) {
        return jdbc.sql("select count(*) from messaging.outbox where message_key = ?").param(dossier.toString())
                .query(Long.class).single();
    }

    private double skipped(String reason) {
        Counter counter = meters.find("participant.commands.skipped").tag("agency", "residence").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
