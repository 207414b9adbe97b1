package vn.lienthong.healthinsurance.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCommand;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.healthinsurance.declaration.DeclarationDesk;
import vn.lienthong.platform.messaging.InboundMessages;

/**
 * Reads {@code health-insurance.commands}: each command once (the platform's inbox), handled by the desk
 * in the same transaction as the inbox entry and the reply in the outbox.
 */
@Component
class CommandListener {

    private final InboundMessages inbound;
    private final DeclarationDesk desk;

    CommandListener(InboundMessages inbound, DeclarationDesk desk) {
        this.inbound = inbound;
        this.desk = desk;
    }

    @KafkaListener(topics = Topics.HEALTH_INSURANCE_COMMANDS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.receive(record, HealthInsuranceCommand.class, command -> {
            switch (command) {
                case IssueHealthInsuranceCard issue -> desk.declare(issue);
                case SupplementHealthInsuranceDeclaration supplement -> desk.supplement(supplement);
                case CancelHealthInsuranceCard cancel -> desk.cancel(cancel);
            }
        });
    }
}
