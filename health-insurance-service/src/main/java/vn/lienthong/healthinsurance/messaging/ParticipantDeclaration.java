package vn.lienthong.healthinsurance.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCommand;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceEvent;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.healthinsurance.application.DeclarationDesk;
import vn.lienthong.platform.participant.Participant;

/**
 * The social-insurance office's part in linked dossiers: the desk handles each command of
 * {@code health-insurance.commands} and returns its reply. A card issued or refused settles the step; a
 * supplement request does not (the office decides again once the items arrive).
 */
@Configuration(proxyBeanMethods = false)
class ParticipantDeclaration {

    @Bean
    Participant<HealthInsuranceCommand, HealthInsuranceEvent> healthInsuranceParticipant(DeclarationDesk desk) {
        return Participant.<HealthInsuranceCommand, HealthInsuranceEvent>of(Agency.HEALTH_INSURANCE)
                .step(IssueHealthInsuranceCard.class, desk::declare)
                .step(SupplementHealthInsuranceDeclaration.class, desk::supplement)
                .cancellation(CancelHealthInsuranceCard.class, desk::cancel)
                .decisions(HealthInsuranceCardIssued.class, HealthInsuranceCardRefused.class)
                .build();
    }
}
