package vn.lienthong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.testsupport.ServiceHttp;

/**
 * Who may use the delivery API (DESIGN.md §6): shipments are the desk officers' of their unit, the webhook the
 * {@code carrier} client's. Another unit's shipment is not found, another unit's list forbidden, and a refused
 * call changes nothing.
 */
class AccessIT extends DeliveryServiceTestSupport {

    /** A desk officer of another unit, in the same province. */
    static final String HOAN_KIEM_DESK = "desk.000.20.45.h26";

    private final Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aDeskOfficerOfAnotherUnitFindsNoShipmentToReadOrActOnAndItStaysUnchanged() {
        var visit = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        var atTheDesk = aDispatch(DeliveryMethod.DESK, null);
        var postal = aDispatch(DeliveryMethod.POST, null);
        send(visit);
        send(atTheDesk);
        String trackingNumber = aPostalShipment(postal);
        Object visitId = awaitShipmentOf(visit.dossierId()).get("id");
        Object deskId = awaitShipmentOf(atTheDesk.dossierId()).get("id");
        Object postalId = awaitShipmentOf(postal.dossierId()).get("id");
        ServiceHttp other = http.as(HOAN_KIEM_DESK);

        var answers = List.of(
                other.get("/api/v1/shipments/" + visitId),
                other.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment"),
                other.post("/api/v1/shipments/" + visitId + "/delivery", "{\"receivedBy\":\"Nguyễn Thị An\"}"),
                other.post("/api/v1/shipments/" + visitId + "/failed-visits",
                        "{\"occurredAt\":\"" + clock.instant() + "\",\"note\":\"nobody at home\"}"),
                other.post("/api/v1/shipments/" + deskId + "/pickup", "{\"receivedBy\":\"Nguyễn Thị An\"}"),
                // Refused before the body is looked at: no 400 describing another unit's request.
                other.post("/api/v1/shipments/" + deskId + "/pickup", "{}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:shipment-not-found");
        });
        assertThat(desk.get("/api/v1/shipments/" + visitId).map()).containsEntry("status", "VISIT_SCHEDULED")
                .containsEntry("attempts", 0);
        assertThat(desk.get("/api/v1/shipments/" + deskId).map()).containsEntry("status", "AWAITING_PICKUP");
        assertThat(desk.get("/api/v1/shipments/" + postalId).map()).containsEntry("status", "CREATED");
        assertThat(rows("select count(*) from shipment_event where shipment_id in (?::uuid, ?::uuid)",
                visitId.toString(), deskId.toString())).isZero();
    }

    @Test
    void aDeskOfficerListsOnlyTheShipmentsOfTheirUnit() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        send(command);
        awaitShipmentOf(command.dossierId());
        ServiceHttp other = http.as(HOAN_KIEM_DESK);

        var ofAnotherUnit = other.get("/api/v1/shipments?unitCode=" + DUC_GIANG);
        var byDossierId = other.get("/api/v1/shipments?dossierId=" + command.dossierId());
        var byDossierCode = other.get("/api/v1/shipments?dossierCode=" + command.dossierCode());
        var dossierButAnotherUnit = other.get("/api/v1/shipments?dossierId=" + command.dossierId()
                + "&unitCode=" + DUC_GIANG);

        assertThat(ofAnotherUnit.status()).isEqualTo(403);
        assertThat(ofAnotherUnit.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(dossierButAnotherUnit.status()).isEqualTo(403);
        assertThat(byDossierId.status()).isEqualTo(200);
        assertThat(byDossierId.list()).isEmpty();
        assertThat(byDossierCode.list()).isEmpty();
        assertThat(other.get("/api/v1/shipments?unitCode=000.20.45.H26").list())
                .allSatisfy(s -> assertThat(s).containsEntry("unitCode", "000.20.45.H26"));
    }

    @Test
    void theWebhookRefusesAnyoneButTheCarrierAndStoresNothing() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        String path = "/api/v1/shipments/" + trackingNumber + "/events";

        var byDeskOfficer = desk.post(path, event("HANDED_TO_CARRIER", 1));
        var byOrchestrator = http.asClient("dossier-orchestrator").post(path, event("HANDED_TO_CARRIER", 1));
        var anonymous = http.anonymous().post(path, event("HANDED_TO_CARRIER", 1));
        var incompleteByDeskOfficer = desk.post(path, "{}");

        assertThat(List.of(byDeskOfficer, byOrchestrator, incompleteByDeskOfficer)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        });
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.map()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        assertThat(eventsRecorded(command.dossierId())).isZero();
        assertThat(desk.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment").map()).containsEntry("status", "CREATED");
    }

    @Test
    void theCarriersReportIsAcceptedAndRecordsTheClientThatSentIt() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);

        var answer = report(trackingNumber, event("HANDED_TO_CARRIER", 1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("outcome", "APPLIED");
        assertThat(rows("select count(*) from shipment_event e join shipment s on s.id = e.shipment_id "
                + "where s.dossier_id = ? and e.reported_by = 'carrier' and e.source = 'CARRIER'",
                command.dossierId())).isEqualTo(1);
        Map<String, Object> shipment = desk.get("/api/v1/shipments/" + awaitShipmentOf(command.dossierId()).get("id"))
                .map();
        assertThat(shipment.get("history")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("source", "CARRIER").containsEntry("reportedBy", CARRIER);
    }

    @Test
    void anOfficersRecordNamesTheOfficer() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        send(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");

        var pickedUp = desk.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\"Nguyễn Văn Bình\"}");

        assertThat(pickedUp.get("history")).asList().singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("source", "OFFICER").containsEntry("reportedBy", DESK_OFFICER);
    }

    @Test
    void otherRolesMayNotUseTheOfficersApi() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        send(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");

        for (ServiceHttp caller : List.of(carrier, http.asPoliceOf(DUC_GIANG))) {
            var answers = List.of(caller.get("/api/v1/shipments/" + id),
                    caller.get("/api/v1/shipments?unitCode=" + DUC_GIANG),
                    caller.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\"Nguyễn Văn Bình\"}"),
                    caller.post("/api/v1/shipments/" + id + "/pickup", "{}"));

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(403);
                assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
            });
        }
        assertThat(desk.get("/api/v1/shipments/" + id).map()).containsEntry("status", "AWAITING_PICKUP");
        assertThat(rows("select count(*) from shipment_event where shipment_id = ?::uuid", id.toString())).isZero();
    }

    @Test
    void withoutATokenEveryShipmentEndpointIsUnauthenticated() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");

        ServiceHttp anonymous = http.anonymous();
        var answers = List.of(anonymous.get("/api/v1/shipments/" + id),
                anonymous.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment"),
                anonymous.get("/api/v1/shipments?dossierId=" + command.dossierId()),
                anonymous.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\"Nguyễn Văn Bình\"}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(eventsRecorded(command.dossierId())).isZero();
    }

    private long eventsRecorded(UUID dossierId) {
        return rows("select count(*) from shipment_event e join shipment s on s.id = e.shipment_id where s.dossier_id = ?",
                dossierId);
    }

    private String event(String status, int minute) {
        return "{\"eventId\":\"carrier-evt-%s\",\"status\":\"%s\",\"occurredAt\":\"%s\"}"
                .formatted(UUID.randomUUID(), status, start.plus(minute, ChronoUnit.MINUTES));
    }
}
