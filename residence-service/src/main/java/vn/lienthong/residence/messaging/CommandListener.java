package vn.lienthong.residence.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.residence.registration.ResidenceCommands;

/** Reads {@code residence.commands}: each command once (inbox), in one transaction with its effects and reply. */
@Component
class CommandListener {

    private final InboundMessages inbound;
    private final ResidenceCommands commands;

    CommandListener(InboundMessages inbound, ResidenceCommands commands) {
        this.inbound = inbound;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.RESIDENCE_COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, ResidenceCommand.class, command -> {
            switch (command) {
                case RegisterResidence register -> commands.register(register);
                case SupplementResidenceApplication supplement -> commands.supplement(supplement);
                case CancelResidenceApplication cancel -> commands.cancel(cancel);
            }
        });
    }
}
