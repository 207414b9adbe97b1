package vn.lienthong.civilregistry.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.civilregistry.application.BirthRegistrar;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.CivilRegistryCommand;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.platform.participant.Participant;

/**
 * The civil registry as a participant of the linked dossiers: what it does with each command of
 * {@code civil-registry.commands}. The platform reads the topic, handles each command once in one transaction
 * and writes the reply to {@code civil-registry.events}; a birth waiting for its personal ID number is answered
 * later by the worker that completes it.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantDeclaration {

    @Bean
    Participant<CivilRegistryCommand, CivilRegistryEvent> civilRegistryParticipant(BirthRegistrar registrar) {
        return Participant.<CivilRegistryCommand, CivilRegistryEvent>of(Agency.CIVIL_REGISTRY)
                .step(RegisterBirth.class, registrar::register)
                .cancellation(CancelBirthRegistration.class, registrar::cancel)
                // Registered or refused, the step is settled: a repeated RegisterBirth is answered the same way.
                .decisions(BirthRegistered.class, BirthRegistrationRefused.class)
                .build();
    }
}
