package vn.lienthong.delivery.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.delivery.DeliveryCommand;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.delivery.shipment.InvalidDispatch;
import vn.lienthong.delivery.shipping.ResultsDispatch;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.Outbox;
import vn.lienthong.platform.messaging.UndecodableMessageException;

/**
 * Reads {@code delivery.commands}: each {@code DispatchResults} is handled once, and its reply goes to the outbox
 * in the same transaction. A command that cannot be sent as it is goes straight to the dead-letter topic, since
 * no retry would change it; it can be replayed from there once corrected.
 */
@Component
class CommandListener {

    private final InboundMessages inbound;
    private final ResultsDispatch dispatch;
    private final Outbox outbox;

    CommandListener(InboundMessages inbound, ResultsDispatch dispatch, Outbox outbox) {
        this.inbound = inbound;
        this.dispatch = dispatch;
        this.outbox = outbox;
    }

    @KafkaListener(topics = Topics.DELIVERY_COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, DeliveryCommand.class, command -> {
            switch (command) {
                case DispatchResults dispatchResults -> {
                    try {
                        outbox.append(Topics.DELIVERY_EVENTS, dispatch.handle(dispatchResults));
                    } catch (InvalidDispatch e) {
                        throw new UndecodableMessageException(e.getMessage());
                    }
                }
            }
        });
    }
}
