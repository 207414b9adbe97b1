package vn.lienthong.delivery.messaging;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.delivery.DeliveryCommand;
import vn.lienthong.contracts.delivery.DeliveryEvent;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.delivery.application.ResultsDispatch;
import vn.lienthong.delivery.domain.shipment.InvalidDispatch;
import vn.lienthong.platform.messaging.UndecodableMessageException;
import vn.lienthong.platform.participant.Participant;

/**
 * Delivery as a participant of the dossier's saga: one step, {@code DispatchResults}, answered at once with
 * {@code ResultsDispatched} (the same answer again for a replayed command). No command cancels a dispatch, so
 * there is no compensation to declare. The delivery's outcome ({@code ResultsDelivered}, {@code DeliveryFailed})
 * follows later, from the carrier and the officers, through {@code Replies}.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantDeclaration {

    @Bean
    Participant<DeliveryCommand, DeliveryEvent> deliveryParticipant(ResultsDispatch dispatch) {
        return Participant.<DeliveryCommand, DeliveryEvent>of(Agency.DELIVERY)
                .step(DispatchResults.class, command -> dispatch(dispatch, command))
                .build();
    }

    /**
     * A command that cannot be sent as it is goes straight to the dead-letter topic, since no retry would change
     * it; it can be replayed from there once corrected.
     */
    private static Optional<ResultsDispatched> dispatch(ResultsDispatch dispatch, DispatchResults command) {
        try {
            return Optional.of(dispatch.handle(command));
        } catch (InvalidDispatch e) {
            throw new UndecodableMessageException(e.getMessage());
        }
    }
}
