package vn.lienthong.platform.testapp;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.platform.participant.EventSubscription;
import vn.lienthong.platform.participant.Participant;

/**
 * A participant and an event subscription declared as services declare theirs, with no topic named in the
 * configuration: the platform derives listeners, topics and dead-letter topics from these beans.
 */
@Configuration
class TestParticipants {

    /** A household number that makes the registration wait for an officer (no reply now). */
    static final String OFFICER_DECIDES = "officer-decides";
    /** A household number the registration refuses. */
    static final String REFUSED = "refused";

    @Bean
    Participant<ResidenceCommand, ResidenceEvent> residenceParticipant(TestResidence residence) {
        return Participant.of(Agency.RESIDENCE)
                .step(RegisterResidence.class, residence::register)
                .step(SupplementResidenceApplication.class, residence::supplement)
                .cancellation(CancelResidenceApplication.class, residence::cancel)
                .decisions(ResidenceRegistered.class, ResidenceRefused.class)
                .build();
    }

    @Bean
    TestResidence testResidence(JdbcClient jdbc) {
        return new TestResidence(jdbc);
    }

    /** Records each delivery with its ce_id, as the orchestrator hands events to its sagas. */
    @Bean
    EventSubscription agencyEvents(JdbcClient jdbc) {
        return EventSubscription.of(Set.of(Topic.CIVIL_REGISTRY_EVENTS), Set.of(Topic.DOSSIER_EVENTS),
                delivery -> jdbc.sql("insert into delivered (message_id, dossier_id, type, topic) values (?, ?, ?, ?)")
                        .params(delivery.messageId(), delivery.message().dossierId(), delivery.type(),
                                delivery.topic().name())
                        .update());
    }

    /** An agency's use cases: each call is recorded in {@code handled}, in the command's transaction. */
    static class TestResidence {
        private final JdbcClient jdbc;

        TestResidence(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        Optional<ResidenceEvent> register(RegisterResidence command) {
            handled(command.dossierId(), "RegisterResidence");
            return switch (command.householdNumber()) {
                case OFFICER_DECIDES -> Optional.empty();
                case REFUSED -> Optional.of(new ResidenceRefused(command.dossierId(),
                        new Refusal("HOUSEHOLD_NOT_FOUND", "No such household")));
                default -> Optional.of(registered(command.dossierId(), command.householdNumber()));
            };
        }

        Optional<ResidenceEvent> supplement(SupplementResidenceApplication command) {
            handled(command.dossierId(), "SupplementResidenceApplication");
            return Optional.empty();
        }

        Optional<ResidenceApplicationCancelled> cancel(CancelResidenceApplication command) {
            handled(command.dossierId(), "CancelResidenceApplication");
            return Optional.of(new ResidenceApplicationCancelled(command.dossierId()));
        }

        static ResidenceRegistered registered(UUID dossier, String householdNumber) {
            return new ResidenceRegistered(dossier, householdNumber, "12 Hàng Bạc", "001", "Hàng Đào",
                    LocalDate.of(2026, 3, 2));
        }

        private void handled(UUID dossier, String type) {
            jdbc.sql("insert into handled (dossier_id, reason) values (?, ?)").params(dossier, type).update();
        }
    }
}
