package vn.lienthong.platform.messaging;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.platform.observability.Correlation;

/**
 * The transactional outbox: a message appended here is stored in the caller's database
 * transaction, so it exists if and only if the state change it announces was committed.
 * {@link OutboxRelay} publishes it afterwards.
 */
public class Outbox {

    static final String CHANNEL = "messaging_outbox";

    // Time-ordered IDs keep the consumers' inbox index append-only.
    private static final TimeBasedEpochGenerator messageIds = Generators.timeBasedEpochGenerator();

    private final JdbcClient jdbc;
    private final MessageCodec codec;

    Outbox(MessagingSchema schema, JdbcClient jdbc, MessageCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Stores the message for {@code topic}, keyed by its dossier ID; returns the message ID ({@code ce_id}). */
    public UUID append(Topic topic, Message message) {
        return append(topic.name(), message);
    }

    /** Stores the message for the topic of this name, keyed by its dossier ID; returns the message ID ({@code ce_id}). */
    public UUID append(String topic, Message message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append needs the transaction of the state change it announces");
        }
        String key = message.dossierId().toString();
        UUID messageId = messageIds.generate();
        // One round trip does three things. The advisory lock on the key, held until this
        // transaction ends, makes a dossier's positions (handed out at insert, not at commit) follow
        // its commit order, so the relay, which sends by position, keeps its messages in order.
        // The notification is delivered at commit (once per transaction) and wakes the relay.
        jdbc.sql("""
                        insert into messaging.outbox (message_id, topic, message_key, type, payload, traceparent)
                        select ?, ?, ?, ?, ?, ?
                        from (select pg_advisory_xact_lock(hashtextextended(?, 0)), pg_notify(?, '')) as first""")
                .params(messageId, topic, key, codec.typeOf(message), codec.encode(message),
                        Correlation.outgoing().header(), key, CHANNEL)
                .update();
        return messageId;
    }
}
