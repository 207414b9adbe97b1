package vn.lienthong.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.test.context.TestPropertySource;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultsDelivered;

/** The local stack's simulated carrier: the webhook's state machine, driven by itself within seconds. */
@TestPropertySource(properties = {
        "lienthong.delivery.simulated-carrier=true",
        "lienthong.delivery.simulated-carrier-step-delay=300ms"})
class SimulatedCarrierIT extends DeliveryServiceTestSupport {

    @Autowired ApplicationContext context;

    @Test
    void takesAPostalShipmentToDeliveredWithinSecondsThroughTheCarriersStates() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);

        ResultsDelivered delivered = await().atMost(Duration.ofSeconds(15))
                .until(() -> events.messagesFor(command.dossierId()).stream().filter(ResultsDelivered.class::isInstance)
                        .map(ResultsDelivered.class::cast).findFirst(), found -> found.isPresent()).orElseThrow();

        assertThat(delivered.trackingNumber()).isEqualTo(trackingNumber);
        var shipment = desk.get("/api/v1/shipments/" + awaitShipmentOf(command.dossierId()).get("id")).map();
        assertThat(shipment.get("history")).asList()
                .extracting(e -> ((Map<?, ?>) e).get("status") + "/" + ((Map<?, ?>) e).get("source"))
                .containsExactly("HANDED_TO_CARRIER/SIMULATED_CARRIER", "OUT_FOR_DELIVERY/SIMULATED_CARRIER",
                        "DELIVERED/SIMULATED_CARRIER");
    }

    @Test
    void leavesHomeVisitsAndDeskParcelsToTheOfficers() {
        var atTheDesk = aDispatch(DeliveryMethod.DESK, null);
        var visit = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        send(atTheDesk);
        send(visit);
        awaitShipmentOf(atTheDesk.dossierId());
        awaitShipmentOf(visit.dossierId());

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                "AWAITING_PICKUP".equals(awaitShipmentOf(atTheDesk.dossierId()).get("status"))
                        && "VISIT_SCHEDULED".equals(awaitShipmentOf(visit.dossierId()).get("status")));
    }

    @Test
    void picksUpWhereItStoppedAfterARestartSinceItsProgressIsTheShipmentsOwnState() {
        Lifecycle carrier = (Lifecycle) context.getBean("simulatedCarrier");
        carrier.stop();
        try {
            var command = aDispatch(DeliveryMethod.POST, null);
            aPostalShipment(command);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> "CREATED".equals(awaitShipmentOf(command.dossierId()).get("status")));

            carrier.start();

            await().atMost(Duration.ofSeconds(15)).until(() -> events.messagesFor(command.dossierId()).stream()
                    .anyMatch(ResultsDelivered.class::isInstance));
        } finally {
            carrier.start();
        }
    }
}
