package vn.lienthong.platform.participant;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.MessageListener;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.platform.messaging.CloudEventHeaders;
import vn.lienthong.platform.messaging.InboundMessages;

/** Reads an {@link EventSubscription}'s topics and hands each message, once, to its handler. */
final class SubscriptionListener implements MessageListener<String, byte[]> {

    private final EventSubscription subscription;
    private final InboundMessages inbound;
    private final Map<String, Topic> topics;

    SubscriptionListener(EventSubscription subscription, InboundMessages inbound) {
        this.subscription = subscription;
        this.inbound = inbound;
        this.topics = subscription.consumes().stream().collect(Collectors.toUnmodifiableMap(Topic::name, Function.identity()));
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, Message.class, message -> subscription.handler().accept(new Delivery(message,
                // receive() has checked both headers before it calls this handler
                UUID.fromString(header(record, CloudEventHeaders.ID)), header(record, CloudEventHeaders.TYPE),
                topics.get(record.topic()))));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        String value = CloudEventHeaders.text(record.headers(), name);
        if (value == null) {
            throw new IllegalStateException("record without " + name);
        }
        return value;
    }
}
