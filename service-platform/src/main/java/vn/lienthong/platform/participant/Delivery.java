package vn.lienthong.platform.participant;

import java.util.UUID;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;

/**
 * A message handed to an {@link EventSubscription}'s handler, inside the transaction that records it as received.
 *
 * @param messageId the record's {@code ce_id}
 * @param type the record's {@code ce_type}, the message's wire name
 * @param topic the topic it was read from
 */
public record Delivery(Message message, UUID messageId, String type, Topic topic) {
}
