package vn.lienthong.platform.participant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.platform.messaging.UnsupportedMessageException;
import vn.lienthong.platform.participant.DossierMemory.Remembered;
import vn.lienthong.platform.participant.Participant.Handler;

/**
 * Reads a participant's commands topic: each command once and in one transaction (inbox, probes and tracing
 * by {@link InboundMessages}), then the dossier's memory decides whether the handler runs, and the reply goes to
 * the agency's events topic through the outbox in the same transaction.
 */
final class ParticipantListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(ParticipantListener.class);

    private final Participant<?, ?> participant;
    private final InboundMessages inbound;
    private final Outbox outbox;
    private final DossierMemory memory;
    private final Counter skippedCancelled;
    private final Counter skippedDecided;

    ParticipantListener(Participant<?, ?> participant, InboundMessages inbound, Outbox outbox, DossierMemory memory,
                        MeterRegistry meters) {
        this.participant = participant;
        this.inbound = inbound;
        this.outbox = outbox;
        this.memory = memory;
        this.skippedCancelled = skipped(meters, participant, "cancelled");
        this.skippedDecided = skipped(meters, participant, "decided");
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, participant.agency().commandFamily(), command -> handle(record.topic(), command));
    }

    private void handle(String topic, Message command) {
        Handler handler = participant.handlerOf(command);
        if (handler == null) {
            throw new UnsupportedMessageException(command.getClass().getSimpleName(), topic);
        }
        DossierId dossier = DossierId.of(command.dossierId());
        Optional<Remembered> remembered = handler.cancellation() ? Optional.empty() : memory.state(dossier);
        switch (Treatment.of(handler.cancellation(), remembered.map(Remembered::state).orElse(null))) {
            case HANDLE -> {
                Optional<? extends Message> reply = handler.function().apply(command);
                reply.ifPresent(answer -> check(command, answer));
                if (handler.cancellation()) {
                    memory.rememberCancelled(dossier, reply.orElse(null));
                } else if (reply.isPresent() && participant.isDecision(reply.get())) {
                    memory.rememberDecided(dossier, reply.get());
                }
                reply.ifPresent(answer -> outbox.append(events(), answer));
            }
            case SKIP -> {
                // The dossier ID is in the logging context; the command's fields may be personal data.
                log.info("{} not handled: the dossier was cancelled before it arrived", command.getClass().getSimpleName());
                skippedCancelled.increment();
            }
            case REPEAT_DECISION -> {
                Message decision = remembered.orElseThrow().reply();
                log.info("{} answered with the dossier's earlier decision {}", command.getClass().getSimpleName(),
                        decision == null ? "(none)" : decision.getClass().getSimpleName());
                if (decision != null) {
                    outbox.append(events(), decision);
                }
                skippedDecided.increment();
            }
        }
    }

    /** A reply of another agency's family or dossier is a bug in the handler: retried, then dead-lettered. */
    private void check(Message command, Message reply) {
        if (!participant.isReply(reply)) {
            throw new IllegalStateException("the handler of " + command.getClass().getSimpleName() + " returned "
                    + reply.getClass().getSimpleName() + ", not a reply of " + participant.agency().id());
        }
        if (!reply.dossierId().equals(command.dossierId())) {
            throw new IllegalStateException("the handler of " + command.getClass().getSimpleName()
                    + " replied for another dossier");
        }
    }

    private Topic events() {
        return participant.agency().events();
    }

    private static Counter skipped(MeterRegistry meters, Participant<?, ?> participant, String reason) {
        return Counter.builder("participant.commands.skipped")
                .description("Step commands not handled because the dossier was cancelled or already decided")
                .tag("agency", participant.agency().id())
                .tag("reason", reason)
                .register(meters);
    }
}
