package vn.lienthong.platform.messaging;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The IDs of messages this service has processed; part of the same transaction as their effects. */
class Inbox {

    private final JdbcClient jdbc;

    Inbox(MessagingSchema schema, JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time a message is seen by this consumer; false for every redelivery. */
    boolean firstDelivery(UUID messageId, String consumer, String topic, String type) {
        return jdbc.sql("""
                        insert into messaging.inbox (message_id, consumer, topic, type) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(messageId, consumer, topic, type)
                .update() == 1;
    }
}
