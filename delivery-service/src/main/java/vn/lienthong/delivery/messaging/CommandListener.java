package vn.lienthong.delivery.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.delivery.DeliveryCommand;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.UnsupportedMessageException;

/**
 * Reads {@code delivery.commands}. The platform answers probes; its commands arrive with this service's
 * own issue, and until then each goes to the dead-letter topic, from where it can be replayed.
 */
@Component
class CommandListener {

    private final InboundMessages inbound;

    CommandListener(InboundMessages inbound) {
        this.inbound = inbound;
    }

    @KafkaListener(topics = Topics.DELIVERY_COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, DeliveryCommand.class, command -> {
            throw new UnsupportedMessageException(command.getClass().getSimpleName(), record.topic());
        });
    }
}
