package vn.lienthong.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.platform.observability.Correlation;

/**
 * How a service's Kafka listener hands a record to business code: decoded, once only (inbox),
 * inside one database transaction with everything the handler writes and appends to the outbox,
 * with the trace and dossier ID in the logging context. Probes are answered here for every service.
 */
public class InboundMessages {

    private final MessageCodec codec;
    private final Inbox inbox;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final String consumer;
    private final MeterRegistry meters;
    private final Clock clock;

    InboundMessages(MessageCodec codec, Inbox inbox, Outbox outbox, TransactionTemplate transactions,
                    String applicationName, MeterRegistry meters, Clock clock) {
        this.codec = codec;
        this.inbox = inbox;
        this.outbox = outbox;
        this.transactions = transactions;
        this.consumer = applicationName;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Hands the record's message to {@code handler} when it belongs to {@code family}. A message of
     * another type is unsupported here and goes to the dead-letter topic.
     */
    public <T extends Message> void receive(ConsumerRecord<String, byte[]> record, Class<T> family,
                                            Consumer<? super T> handler) {
        String type = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE);
        UUID messageId = messageId(record);
        Message message = codec.decode(type, record.value(), record.key());
        try (var trace = Correlation.continueTrace(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TRACEPARENT));
             var dossier = Correlation.dossier(message.dossierId())) {
            boolean processed = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!inbox.firstDelivery(messageId, consumer, record.topic(), type)) {
                    return false;
                }
                if (message instanceof Probe probe) {
                    answer(record.topic(), probe);
                } else if (family.isInstance(message)) {
                    handler.accept(family.cast(message));
                } else {
                    throw new UnsupportedMessageException(type, record.topic());
                }
                return true;
            }));
            meters.counter("messaging.messages.received", "topic", record.topic(), "type", type,
                    "outcome", processed ? "processed" : "duplicate").increment();
        }
    }

    private void answer(String commandsTopic, Probe probe) {
        String eventsTopic = commandsTopic.replaceFirst("\\.commands$", ".events");
        outbox.append(eventsTopic, new ProbeAnswered(probe.dossierId(), consumer, clock.instant()));
    }

    private static UUID messageId(ConsumerRecord<String, byte[]> record) {
        String id = CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID);
        if (id == null) {
            throw new UndecodableMessageException("record has no ce_id header");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UndecodableMessageException("ce_id is not a UUID");
        }
    }
}
