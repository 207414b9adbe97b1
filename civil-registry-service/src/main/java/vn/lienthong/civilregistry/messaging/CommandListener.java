package vn.lienthong.civilregistry.messaging;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.civilregistry.registration.BirthRegistrar;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.CivilRegistryCommand;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.platform.messaging.InboundMessages;
import vn.lienthong.platform.messaging.Outbox;

/**
 * Reads {@code civil-registry.commands}: each command is handled once (inbox), in one transaction with the
 * state it changes and the reply it appends to the outbox for {@code civil-registry.events}.
 */
@Component
class CommandListener {

    private final InboundMessages inbound;
    private final BirthRegistrar registrar;
    private final Outbox outbox;

    CommandListener(InboundMessages inbound, BirthRegistrar registrar, Outbox outbox) {
        this.inbound = inbound;
        this.registrar = registrar;
        this.outbox = outbox;
    }

    @KafkaListener(topics = Topics.CIVIL_REGISTRY_COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, CivilRegistryCommand.class, command -> {
            Optional<CivilRegistryEvent> reply = switch (command) {
                case RegisterBirth register -> registrar.register(register);
                case CancelBirthRegistration cancel -> Optional.of(registrar.cancel(cancel));
            };
            reply.ifPresent(event -> outbox.append(Topics.CIVIL_REGISTRY_EVENTS, event));
        });
    }
}
