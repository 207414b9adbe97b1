package vn.lienthong.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.delivery.domain.tracking.S10;
import vn.lienthong.testsupport.MessageWire;

/** {@code DispatchResults} for each method, replayed commands, and what officers record afterwards. */
class DispatchResultsIT extends DeliveryServiceTestSupport {

    private static final String DEFAULT_RULE = "policy-beneficiaries-home-delivery";
    private static final String NHA_TRANG_ADDRESS = "Số 3 Trần Phú, Phường Nha Trang, Khánh Hòa";

    @Test
    void aPostalDispatchGetsAnS10TrackingNumberAndIsChargedTheTariff() {
        var command = aDispatch(DeliveryMethod.POST, null);

        send(command);

        ResultsDispatched dispatched = events.awaitFirst(command.dossierId(), ResultsDispatched.class);
        assertThat(dispatched.method()).isEqualTo(DeliveryMethod.POST);
        assertThat(dispatched.trackingNumber()).matches("RR[0-9]{9}VN");
        assertThat(S10.isValid(dispatched.trackingNumber())).isTrue();
        assertThat(dispatched.fee()).isEqualByComparingTo("16500");
        assertThat(dispatched.feeWaivedBy()).isNull();
        Map<String, Object> shipment = awaitShipmentOf(command.dossierId());
        assertThat(shipment).containsEntry("status", "CREATED").containsEntry("trackingNumber", dispatched.trackingNumber())
                .containsEntry("dossierCode", command.dossierCode()).containsEntry("unitCode", DUC_GIANG);
        assertThat(shipment.get("documents")).asList().hasSize(3);
        assertThat(shipment.get("recipient")).isEqualTo(Map.of("name", "Nguyễn Thị An",
                "address", command.address(), "phone", "0912345678"));
    }

    @Test
    void aParcelReceivedInHaNoiForAKhanhHoaAddressPaysTheOtherProvinceTariffUnlessASubsidyWaivesIt() {
        var charged = aDispatch(DeliveryMethod.POST, null, NHA_TRANG_ADDRESS, "056", "Phường Nha Trang", "Số 3 Trần Phú");
        var waived = aDispatch(DeliveryMethod.POST, "HEROIC_MOTHER", NHA_TRANG_ADDRESS, "056", "Phường Nha Trang",
                "Số 3 Trần Phú");

        send(charged);
        send(waived);

        assertThat(events.awaitFirst(charged.dossierId(), ResultsDispatched.class).fee()).isEqualByComparingTo("22000");
        ResultsDispatched free = events.awaitFirst(waived.dossierId(), ResultsDispatched.class);
        assertThat(free.fee()).isZero();
        assertThat(free.feeWaivedBy()).isEqualTo(DEFAULT_RULE);
        assertThat(awaitShipmentOf(charged.dossierId())).containsEntry("unitCode", DUC_GIANG);
    }

    @Test
    void aCommandSentBeforeDestinationsExistedIsChargedAsWithinTheReceivingUnitsProvince() {
        var command = aDispatch(DeliveryMethod.POST, null, NHA_TRANG_ADDRESS, null, null, null);

        send(command);

        assertThat(events.awaitFirst(command.dossierId(), ResultsDispatched.class).fee()).isEqualByComparingTo("16500");
    }

    @Test
    void aPolicyBeneficiarysParcelGoesFreeAndTheShipmentNamesTheRuleThatWaivedIt() {
        var command = aDispatch(DeliveryMethod.POST, "WAR_INVALID");

        send(command);

        ResultsDispatched dispatched = events.awaitFirst(command.dossierId(), ResultsDispatched.class);
        assertThat(dispatched.fee()).isZero();
        assertThat(dispatched.feeWaivedBy()).isEqualTo(DEFAULT_RULE);
        assertThat(awaitShipmentOf(command.dossierId())).containsEntry("feeWaivedBy", DEFAULT_RULE)
                .containsEntry("beneficiaryCategory", "WAR_INVALID");
    }

    @Test
    void aCommandReplayedUnderANewMessageIdMakesNoSecondShipmentAndGetsTheSameReplyAgain() {
        var command = aDispatch(DeliveryMethod.POST, null);
        long numbersBefore = rows("select count(*) from tracking_number");

        commands.send(COMMANDS, command, UUID.randomUUID());
        commands.send(COMMANDS, command, UUID.randomUUID());

        var replies = await().atMost(PATIENCE).until(() -> events.messagesFor(command.dossierId()), r -> r.size() == 2);
        assertThat(replies.get(1)).isEqualTo(replies.get(0)).isInstanceOf(ResultsDispatched.class);
        assertThat(rows("select count(*) from shipment where dossier_id = ?", command.dossierId())).isEqualTo(1);
        assertThat(rows("select count(*) from tracking_number")).isEqualTo(numbersBefore + 1);
    }

    @Test
    void aCommandRedeliveredUnderTheSameMessageIdIsHandledOnce() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        UUID messageId = UUID.randomUUID();

        commands.send(COMMANDS, command, messageId);
        commands.send(COMMANDS, command, messageId);

        events.awaitFirst(command.dossierId(), ResultsDispatched.class);
        await().during(java.time.Duration.ofSeconds(1)).atMost(PATIENCE)
                .until(() -> events.messagesFor(command.dossierId()).size() == 1);
    }

    @Test
    void aCommandThatCannotBeSentGoesToTheDeadLetterTopicWithNothingWritten() {
        var valid = aDispatch(DeliveryMethod.POST, null);
        var withoutAddress = new DispatchResults(valid.dossierId(), valid.dossierCode(), valid.unitCode(),
                valid.provinceCode(), valid.documents(), DeliveryMethod.POST, valid.recipientName(), " ", null, null, null,
                null, null);

        send(withoutAddress);

        var deadLetter = await().atMost(PATIENCE).until(() -> deadLetters.records().stream()
                .filter(r -> r.key().equals(valid.dossierId().toString())).findFirst(), found -> found.isPresent())
                .orElseThrow();
        assertThat(MessageWire.header(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("no address").doesNotContain(valid.recipientName());
        assertThat(rows("select count(*) from shipment where dossier_id = ?", valid.dossierId())).isZero();
        assertThat(events.messagesFor(valid.dossierId())).isEmpty();
    }

    @Test
    void aHomeVisitIsPlannedForTheNextWorkingDayListedForTheUnitAndDeliveredByTheOfficer() {
        var command = aDispatch(DeliveryMethod.COMMUNE_STAFF, "MARTYR_FAMILY");

        send(command);

        ResultsDispatched dispatched = events.awaitFirst(command.dossierId(), ResultsDispatched.class);
        assertThat(dispatched.trackingNumber()).isNull();
        assertThat(dispatched.fee()).isZero();
        assertThat(dispatched.feeWaivedBy()).isEqualTo(DEFAULT_RULE);
        Map<String, Object> shipment = awaitShipmentOf(command.dossierId());
        assertThat(shipment).containsEntry("status", "VISIT_SCHEDULED").containsEntry("awaitingAction", true);
        LocalDate visit = LocalDate.parse((String) shipment.get("visitDate"));
        LocalDate today = clock.today();
        assertThat(visit).isAfter(today).isBeforeOrEqualTo(today.plusDays(3));
        assertThat(visit.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(ids(workList())).contains(shipment.get("id"));

        var delivered = desk.post("/api/v1/shipments/" + shipment.get("id") + "/delivery",
                "{\"receivedBy\":\"Nguyễn Thị An\",\"receivedAt\":\"" + clock.instant() + "\"}");

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.map()).containsEntry("status", "DELIVERED").containsEntry("receivedBy", "Nguyễn Thị An")
                .containsEntry("awaitingAction", false);
        ResultsDelivered event = events.awaitFirst(command.dossierId(), ResultsDelivered.class);
        assertThat(event.trackingNumber()).isNull();
        assertThat(ids(workList())).doesNotContain(shipment.get("id"));
    }

    @Test
    void recordingADeliveryAgainForTheSamePersonChangesNothingButForAnotherIsAConflict() {
        var command = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        send(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");
        assertThat(desk.post("/api/v1/shipments/" + id + "/delivery", "{\"receivedBy\":\"Nguyễn Thị An\"}").status())
                .isEqualTo(200);

        var again = desk.post("/api/v1/shipments/" + id + "/delivery", "{\"receivedBy\":\"nguyễn thị an\"}");
        var another = desk.post("/api/v1/shipments/" + id + "/delivery", "{\"receivedBy\":\"Trần Văn Cường\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("receivedBy", "Nguyễn Thị An");
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.map()).containsEntry("type", "urn:lienthong:problem:already-delivered");
        await().during(java.time.Duration.ofMillis(500)).atMost(PATIENCE).until(() ->
                events.count(ResultsDelivered.class, command.dossierId()) == 1);
    }

    @Test
    void failedHomeVisitsArePlannedAgainAndTheLastSendsTheParcelToTheDeskWhereItIsPickedUp() {
        var command = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        send(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");
        var now = clock.instant();

        var first = desk.post("/api/v1/shipments/" + id + "/failed-visits",
                "{\"occurredAt\":\"" + now.plusSeconds(1) + "\",\"note\":\"nobody at home\"}");
        var sameVisitAgain = desk.post("/api/v1/shipments/" + id + "/failed-visits",
                "{\"occurredAt\":\"" + now.plusSeconds(1) + "\",\"note\":\"nobody at home\"}");
        desk.post("/api/v1/shipments/" + id + "/failed-visits", "{\"occurredAt\":\"" + now.plusSeconds(2) + "\"}");
        var last = desk.post("/api/v1/shipments/" + id + "/failed-visits", "{\"occurredAt\":\"" + now.plusSeconds(3) + "\"}");

        assertThat(first.map()).containsEntry("status", "VISIT_SCHEDULED").containsEntry("attempts", 1);
        assertThat(sameVisitAgain.map()).containsEntry("attempts", 1);
        assertThat(last.map()).containsEntry("status", "RETURNED").containsEntry("attempts", 3)
                .containsEntry("awaitingAction", true);
        var failed = events.awaitFirst(command.dossierId(), vn.lienthong.contracts.delivery.DeliveryFailed.class);
        assertThat(failed.attempts()).isEqualTo(3);

        assertThat(desk.post("/api/v1/shipments/" + id + "/delivery", "{\"receivedBy\":\"An\"}").status()).isEqualTo(409);
        var pickedUp = desk.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\"Nguyễn Thị An\"}");
        assertThat(pickedUp.map()).containsEntry("status", "DELIVERED");
        events.awaitFirst(command.dossierId(), ResultsDelivered.class);
    }

    @Test
    void aDeskParcelCostsNothingAndIsPickedUpAtTheDesk() {
        var command = aDispatch(DeliveryMethod.DESK, "WAR_INVALID");
        send(command);

        ResultsDispatched dispatched = events.awaitFirst(command.dossierId(), ResultsDispatched.class);
        assertThat(dispatched.fee()).isZero();
        assertThat(dispatched.feeWaivedBy()).isNull();
        Map<String, Object> shipment = awaitShipmentOf(command.dossierId());
        assertThat(shipment).containsEntry("status", "AWAITING_PICKUP");

        var pickedUp = desk.post("/api/v1/shipments/" + shipment.get("id") + "/pickup", "{\"receivedBy\":\"Nguyễn Văn Bình\"}");

        assertThat(pickedUp.status()).isEqualTo(200);
        assertThat(pickedUp.map()).containsEntry("status", "DELIVERED");
        assertThat(pickedUp.get("history")).asList().singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("source", "OFFICER");
        assertThat(events.awaitFirst(command.dossierId(), ResultsDelivered.class).deliveredAt()).isNotNull();
    }

    @Test
    void findsADossiersShipmentByItsCode() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        send(command);
        awaitShipmentOf(command.dossierId());

        assertThat(desk.get("/api/v1/shipments?dossierCode=" + command.dossierCode()).list())
                .extracting(s -> s.get("dossierId")).containsExactly(command.dossierId().toString());
    }

    @Test
    void answersBadOfficerRequestsWithProblemsAndChangesNothing() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        send(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");

        var blank = desk.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\" \"}");
        var future = desk.post("/api/v1/shipments/" + id + "/pickup",
                "{\"receivedBy\":\"An\",\"receivedAt\":\"2999-01-01T00:00:00+07:00\"}");
        var unknown = desk.post("/api/v1/shipments/" + UUID.randomUUID() + "/pickup", "{\"receivedBy\":\"An\"}");
        var noFilter = desk.get("/api/v1/shipments");
        var notAVisit = desk.post("/api/v1/shipments/" + id + "/delivery", "{\"receivedBy\":\"An\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("receivedBy");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("receivedAt");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map()).containsEntry("type", "urn:lienthong:problem:shipment-not-found");
        assertThat(noFilter.status()).isEqualTo(400);
        assertThat(notAVisit.status()).isEqualTo(409);
        assertThat(desk.get("/api/v1/shipments/" + id).map()).containsEntry("status", "AWAITING_PICKUP");
    }

    @Test
    void refusesOfficersTimestampsBeyondTheClockSkewOrAbsurdlyLongAgoWithA400NamingTheField() {
        var visit = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        var atTheDesk = aDispatch(DeliveryMethod.DESK, null);
        send(visit);
        send(atTheDesk);
        Object visitId = awaitShipmentOf(visit.dossierId()).get("id");
        Object deskId = awaitShipmentOf(atTheDesk.dossierId()).get("id");
        var now = clock.instant();

        var visitAhead = desk.post("/api/v1/shipments/" + visitId + "/failed-visits",
                "{\"occurredAt\":\"" + now.plus(java.time.Duration.ofMinutes(10)) + "\"}");
        var visitInYearZero = desk.post("/api/v1/shipments/" + visitId + "/failed-visits",
                "{\"occurredAt\":\"0000-01-01T00:00:00Z\"}");
        var deliveredAhead = desk.post("/api/v1/shipments/" + visitId + "/delivery",
                "{\"receivedBy\":\"An\",\"receivedAt\":\"" + now.plus(java.time.Duration.ofMinutes(10)) + "\"}");
        var pickedUpTwoYearsAgo = desk.post("/api/v1/shipments/" + deskId + "/pickup",
                "{\"receivedBy\":\"An\",\"receivedAt\":\"" + now.minus(java.time.Duration.ofDays(730)) + "\"}");

        assertThat(List.of(visitAhead, visitInYearZero)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorFields()).containsExactly("occurredAt");
            assertThat(answer.text()).doesNotContain("0000-01-01");
        });
        assertThat(List.of(deliveredAhead, pickedUpTwoYearsAgo)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorFields()).containsExactly("receivedAt");
        });
        assertThat(desk.get("/api/v1/shipments/" + visitId).map()).containsEntry("status", "VISIT_SCHEDULED")
                .containsEntry("attempts", 0);
        assertThat(desk.get("/api/v1/shipments/" + deskId).map()).containsEntry("status", "AWAITING_PICKUP");
    }

    @Test
    void refusesARequestForAnAnswerItCannotGiveBeforeRecordingAnything() {
        // Found by the fuzzer: Accept: text/html got its 406 only after the delivery had been recorded.
        var visit = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        var postal = aDispatch(DeliveryMethod.POST, null);
        send(visit);
        String trackingNumber = aPostalShipment(postal);
        Object visitId = awaitShipmentOf(visit.dossierId()).get("id");

        var delivered = desk.header("Accept", "text/html").post("/api/v1/shipments/" + visitId + "/delivery",
                "{\"receivedBy\":\"Nguyễn Thị An\"}");
        var reported = carrier.header("Accept", "application/xml").post(
                "/api/v1/shipments/" + trackingNumber + "/events", "{\"eventId\":\"carrier-evt-" + UUID.randomUUID()
                        + "\",\"status\":\"HANDED_TO_CARRIER\",\"occurredAt\":\"" + clock.instant() + "\"}");

        assertThat(List.of(delivered, reported)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(406);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
        assertThat(rows("select count(*) from shipment_event e join shipment s on s.id = e.shipment_id "
                + "where s.dossier_id in (?, ?)", visit.dossierId(), postal.dossierId())).isZero();
        assertThat(desk.get("/api/v1/shipments/" + visitId).map()).containsEntry("status", "VISIT_SCHEDULED");
    }

    @Test
    void exposesShipmentPostageAndDeliveryMetricsWithoutPersonalData() {
        var command = aDispatch(DeliveryMethod.DESK, null);
        send(command);
        Object id = awaitShipmentOf(command.dossierId()).get("id");
        desk.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\"Nguyễn Văn Bình\"}");

        var prometheus = http.asClient("prometheus");
        String metrics = await().atMost(PATIENCE).until(() -> prometheus.get("/actuator/prometheus").text(),
                text -> text.contains("delivery_time_to_delivery_seconds_count"));

        assertThat(metrics).contains("delivery_shipments{", "delivery_shipments_dispatched_total{",
                "delivery_shipments_transitions_total{", "delivery_postage_", "delivery_attempts_");
        assertThat(metrics).doesNotContain(command.dossierId().toString(), "Bình", command.dossierCode());
    }

    @Test
    void publishesTheApiInItsOpenApiDocument() {
        String document = http.get("/v3/api-docs").text();

        assertThat(document).contains("/api/v1/shipments/{trackingNumber}/events", "/api/v1/shipments/{id}/pickup",
                "/api/v1/shipments/{id}/delivery", "/api/v1/shipments/{id}/failed-visits",
                "/api/v1/tracking-numbers/{trackingNumber}/shipment");
    }

    private List<Map<String, Object>> workList() {
        return desk.get("/api/v1/shipments?unitCode=" + DUC_GIANG + "&awaitingAction=true").list();
    }

    private static List<Object> ids(List<Map<String, Object>> shipments) {
        return shipments.stream().map(s -> s.get("id")).toList();
    }
}
