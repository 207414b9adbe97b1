package vn.lienthong.platform.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.contracts.delivery.DeliveryCommand;
import vn.lienthong.contracts.delivery.DeliveryEvent;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCommand;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.platform.participant.DossierMemory.State;

class ParticipantUnitTest {

    private static final UUID DOSSIER = UUID.randomUUID();

    @Test
    void aParticipantReadsItsAgencysCommandsAndOwnsItsCommandsAndEventsTopics() {
        Participant<ResidenceCommand, ResidenceEvent> participant = residence().build();

        assertThat(participant.agency()).isEqualTo(Agency.RESIDENCE);
        assertThat(participant.consumes()).containsExactly(Topic.RESIDENCE_COMMANDS);
        assertThat(participant.owns()).containsExactlyInAnyOrder(Topic.RESIDENCE_COMMANDS, Topic.RESIDENCE_EVENTS);
    }

    @Test
    void eachCommandFindsTheHandlerDeclaredForItsType() {
        Participant<ResidenceCommand, ResidenceEvent> participant = residence().build();

        var cancellation = participant.handlerOf(new CancelResidenceApplication(DOSSIER, "withdrawn"));
        var step = participant.handlerOf(new SupplementResidenceApplication(DOSSIER, "note", List.of()));

        assertThat(cancellation).isNotNull();
        assertThat(cancellation.cancellation()).isTrue();
        Optional<? extends Message> reply = cancellation.function().apply(new CancelResidenceApplication(DOSSIER, "withdrawn"));
        assertThat(reply.orElseThrow()).isEqualTo(new ResidenceApplicationCancelled(DOSSIER));
        assertThat(step).isNotNull();
        assertThat(step.cancellation()).isFalse();
        assertThat(step.function().apply(new SupplementResidenceApplication(DOSSIER, "note", List.of()))).isEmpty();
    }

    @Test
    void onlyTheDeclaredDecisionsSettleAStep() {
        Participant<ResidenceCommand, ResidenceEvent> participant = residence().build();

        assertThat(participant.isDecision(new ResidenceRefused(DOSSIER, null))).isTrue();
        assertThat(participant.isDecision(new ResidenceApplicationCancelled(DOSSIER))).isFalse();
        assertThat(participant.isReply(new ResidenceApplicationCancelled(DOSSIER))).isTrue();
        assertThat(participant.isReply(new ResultsDelivered(DOSSIER, null, null))).isFalse();
    }

    @Test
    void aCommandTypeWithoutAHandlerStopsTheServiceFromStarting() {
        var incomplete = Participant.of(Agency.RESIDENCE)
                .step(RegisterResidence.class, command -> Optional.<ResidenceEvent>empty());

        assertThatThrownBy(incomplete::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SupplementResidenceApplication")
                .hasMessageContaining("CancelResidenceApplication");
    }

    @Test
    void anotherAgencysCommandOrReplyIsRefusedInTheDeclaration() {
        assertThatThrownBy(() -> Participant.of(Agency.RESIDENCE)
                .step(RegisterBirth.class, command -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RegisterBirth");
        assertThatThrownBy(() -> Participant.of(Agency.RESIDENCE).decisions(BirthRegistered.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BirthRegistered");
    }

    @Test
    void aCommandTypeGetsOneHandlerOnly() {
        assertThatThrownBy(() -> Participant.of(Agency.RESIDENCE)
                .step(RegisterResidence.class, command -> Optional.empty())
                .cancellation(RegisterResidence.class, command -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParticipantWithoutCancellationIsAllowedWhenItsAgencyHasNone() {
        Participant<DeliveryCommand, DeliveryEvent> delivery = Participant.of(Agency.DELIVERY)
                .step(DispatchResults.class, command -> Optional.empty())
                .decisions(ResultsDelivered.class)
                .build();

        assertThat(delivery.consumes()).containsExactly(Topic.DELIVERY_COMMANDS);
    }

    @Test
    void theCompilerChecksHandlersWhenTheFamiliesAreNamed() {
        Participant<ResidenceCommand, ResidenceEvent> typed = Participant.<ResidenceCommand, ResidenceEvent>of(Agency.RESIDENCE)
                .step(RegisterResidence.class, command -> Optional.<ResidenceEvent>empty())
                .step(SupplementResidenceApplication.class, command -> Optional.empty())
                .cancellation(CancelResidenceApplication.class,
                        command -> Optional.of(new ResidenceApplicationCancelled(command.dossierId())))
                .decisions(ResidenceRegistered.class)
                .build();

        assertThat(typed.isDecision(new ResidenceRegistered(DOSSIER, "HK", "a", "001", "c", null))).isTrue();
    }

    @Test
    void aCancellationIsAlwaysHandledAndAStepIsSkippedOrAnsweredFromMemory() {
        assertThat(Treatment.of(true, null)).isEqualTo(Treatment.HANDLE);
        assertThat(Treatment.of(true, State.CANCELLED)).isEqualTo(Treatment.HANDLE);
        assertThat(Treatment.of(true, State.DECIDED)).isEqualTo(Treatment.HANDLE);
        assertThat(Treatment.of(false, null)).isEqualTo(Treatment.HANDLE);
        assertThat(Treatment.of(false, State.CANCELLED)).isEqualTo(Treatment.SKIP);
        assertThat(Treatment.of(false, State.DECIDED)).isEqualTo(Treatment.REPEAT_DECISION);
    }

    @Test
    void anEventSubscriptionReadsAtLeastOneTopic() {
        assertThatThrownBy(() -> EventSubscription.of(Set.of(), Set.of(Topic.DOSSIER_EVENTS), delivery -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EventSubscription.of(Set.of(Topic.RESIDENCE_EVENTS), Set.of(Topic.DOSSIER_EVENTS), delivery -> { })
                .owns()).containsExactly(Topic.DOSSIER_EVENTS);
    }

    private static Participant.Builder<Message, Message> residence() {
        return Participant.of(Agency.RESIDENCE)
                .step(RegisterResidence.class, command -> Optional.empty())
                .step(SupplementResidenceApplication.class, command -> Optional.empty())
                .cancellation(CancelResidenceApplication.class,
                        command -> Optional.of(new ResidenceApplicationCancelled(command.dossierId())))
                .decisions(ResidenceRegistered.class, ResidenceRefused.class);
    }
}
