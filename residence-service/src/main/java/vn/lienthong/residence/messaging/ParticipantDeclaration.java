package vn.lienthong.residence.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.platform.participant.Participant;
import vn.lienthong.residence.application.ResidenceCommands;

/**
 * The residence service as a participant of the linked procedure: which command each handler takes on
 * {@code residence.commands}, and which replies settle a dossier's step (approval or refusal). A supplement request
 * does not: the step goes on once the supplement arrives.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantDeclaration {

    @Bean
    Participant<ResidenceCommand, ResidenceEvent> residenceParticipant(ResidenceCommands commands) {
        return Participant.<ResidenceCommand, ResidenceEvent>of(Agency.RESIDENCE)
                .step(RegisterResidence.class, commands::register)
                .step(SupplementResidenceApplication.class, commands::supplement)
                .cancellation(CancelResidenceApplication.class, commands::cancel)
                .decisions(ResidenceRegistered.class, ResidenceRefused.class)
                .build();
    }
}
