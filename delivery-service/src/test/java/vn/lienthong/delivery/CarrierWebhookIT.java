package vn.lienthong.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.delivery.DeliveryFailed;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.delivery.domain.tracking.S10;
import vn.lienthong.testsupport.ServiceHttp;

/** The carrier's webhook as pinned in DESIGN.md §5: idempotent by eventId, tolerant of late reports. */
class CarrierWebhookIT extends DeliveryServiceTestSupport {

    /** Reports are placed a few minutes back, each step a minute after the last. */
    private final Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void theCarrierTakesTheParcelToTheCitizenAndTheDeliveryIsAnnounced() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);

        var handed = report(trackingNumber, "HANDED_TO_CARRIER", 1);
        var out = report(trackingNumber, "OUT_FOR_DELIVERY", 2);
        var delivered = report(trackingNumber, "DELIVERED", 3);

        assertThat(List.of(handed, out, delivered)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.map()).containsEntry("outcome", "APPLIED").containsEntry("trackingNumber", trackingNumber);
        });
        assertThat(delivered.map()).containsEntry("status", "DELIVERED");
        ResultsDelivered event = events.awaitFirst(command.dossierId(), ResultsDelivered.class);
        assertThat(event.trackingNumber()).isEqualTo(trackingNumber);
        assertThat(event.deliveredAt()).isEqualTo(start.plus(3, ChronoUnit.MINUTES));
    }

    @Test
    void theTrackingViewShowsStatusAndDatesButNoPersonalData() {
        var command = aDispatch(DeliveryMethod.POST, "WAR_INVALID");
        String trackingNumber = aPostalShipment(command);
        report(trackingNumber, "HANDED_TO_CARRIER", 1);

        var tracking = desk.get("/api/v1/tracking-numbers/" + trackingNumber.toLowerCase() + "/shipment");

        assertThat(tracking.status()).isEqualTo(200);
        assertThat(tracking.map()).containsEntry("status", "HANDED_TO_CARRIER").containsEntry("method", "POST");
        assertThat(tracking.get("events")).asList().hasSize(1);
        assertThat(tracking.map().toString()).doesNotContain("Nguyễn", "Đức Giang", "0912345678", "HN-TB",
                "WAR_INVALID", command.dossierId().toString());
    }

    @Test
    void aReportSentTwiceIsAppliedOnce() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        String body = event("carrier-evt-" + UUID.randomUUID(), "OUT_FOR_DELIVERY", 2);

        var first = report(trackingNumber, body);
        var second = report(trackingNumber, body);

        assertThat(first.map()).containsEntry("outcome", "APPLIED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.map()).containsEntry("outcome", "DUPLICATE").containsEntry("status", "OUT_FOR_DELIVERY");
        assertThat(rows("select count(*) from shipment_event e join shipment s on s.id = e.shipment_id "
                + "where s.dossier_id = ?", command.dossierId())).isEqualTo(1);
    }

    @Test
    void aReportTimedToTheNanosecondSentTwiceByteForByteIsADuplicate() {
        // What OffsetDateTime.now() prints: nanoseconds, finer than the microseconds a timestamp column keeps.
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        String occurredAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(2).withNano(123_456_789).toString();
        String body = """
                {"eventId":"carrier-evt-%s","status":"HANDED_TO_CARRIER","occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), occurredAt);

        var first = report(trackingNumber, body);
        var second = report(trackingNumber, body);

        assertThat(first.map()).containsEntry("outcome", "APPLIED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.map()).containsEntry("outcome", "DUPLICATE");
    }

    @Test
    void anEventIdReusedForAnotherReportIsAConflict() {
        String trackingNumber = aPostalShipment(aDispatch(DeliveryMethod.POST, null));
        String eventId = "carrier-evt-" + UUID.randomUUID();
        report(trackingNumber, event(eventId, "HANDED_TO_CARRIER", 1));

        var reused = report(trackingNumber, event(eventId, "OUT_FOR_DELIVERY", 2));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.map()).containsEntry("type", "urn:lienthong:problem:event-id-reused");
    }

    @Test
    void aLateReportIsRecordedButNeverMovesTheShipmentBackwards() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        report(trackingNumber, "OUT_FOR_DELIVERY", 2);

        var late = report(trackingNumber, "HANDED_TO_CARRIER", 1);

        assertThat(late.status()).isEqualTo(200);
        assertThat(late.map()).containsEntry("outcome", "LATE").containsEntry("status", "OUT_FOR_DELIVERY");
        var shipment = desk.get("/api/v1/shipments/" + awaitShipmentOf(command.dossierId()).get("id")).map();
        assertThat(shipment).containsEntry("status", "OUT_FOR_DELIVERY");
        assertThat(shipment.get("history")).asList().extracting(e -> ((Map<?, ?>) e).get("status") + "/"
                + ((Map<?, ?>) e).get("effect")).containsExactly("HANDED_TO_CARRIER/LATE", "OUT_FOR_DELIVERY/APPLIED");
    }

    @Test
    void aLateReportAfterDeliveryIsAcceptedButANewContradictingOneIsAConflict() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        report(trackingNumber, "DELIVERED", 3);

        var late = report(trackingNumber, "OUT_FOR_DELIVERY", 2);
        var contradicting = report(trackingNumber, "HANDED_TO_CARRIER", 4);

        assertThat(late.status()).isEqualTo(200);
        assertThat(late.map()).containsEntry("outcome", "LATE").containsEntry("status", "DELIVERED");
        assertThat(contradicting.status()).isEqualTo(409);
        assertThat(contradicting.map()).containsEntry("type", "urn:lienthong:problem:contradicts-final-status");
        assertThat(desk.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment").map()).containsEntry("status", "DELIVERED");
        assertThat(rows("select count(*) from shipment_event e join shipment s on s.id = e.shipment_id "
                + "where s.dossier_id = ? and e.status = 'HANDED_TO_CARRIER'", command.dossierId())).isZero();
    }

    @Test
    void aNewerReportThatWouldMoveTheShipmentBackwardsIsAConflict() {
        String trackingNumber = aPostalShipment(aDispatch(DeliveryMethod.POST, null));
        report(trackingNumber, "OUT_FOR_DELIVERY", 2);

        var backwards = report(trackingNumber, "HANDED_TO_CARRIER", 3);

        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.map()).containsEntry("type", "urn:lienthong:problem:status-goes-backwards");
    }

    @Test
    void anUnknownTrackingNumberIsNotFound() {
        var neverIssued = report(S10.compose("EE", 5, "VN"),
                event("carrier-evt-" + UUID.randomUUID(), "DELIVERED", 1));
        var wrongCheckDigit = report("EE000000054VN",
                event("carrier-evt-" + UUID.randomUUID(), "DELIVERED", 1));
        var notANumber = report("not-a-number",
                event("carrier-evt-" + UUID.randomUUID(), "DELIVERED", 1));

        assertThat(neverIssued.status()).isEqualTo(404);
        assertThat(neverIssued.map()).containsEntry("type", "urn:lienthong:problem:shipment-not-found");
        assertThat(wrongCheckDigit.status()).isEqualTo(404);
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(desk.get("/api/v1/tracking-numbers/" + S10.compose("EE", 5, "VN") + "/shipment").status()).isEqualTo(404);
    }

    @Test
    void failedAttemptsUpToTheLimitReturnTheParcelToTheDeskWhereItIsPickedUp() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        for (int attempt = 0; attempt < 3; attempt++) {
            report(trackingNumber, "OUT_FOR_DELIVERY", 1 + attempt * 2);
            var failed = report(trackingNumber, "FAILED_ATTEMPT", 2 + attempt * 2);
            assertThat(failed.map()).containsEntry("attempts", attempt + 1);
        }

        assertThat(desk.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment").map()).containsEntry("status", "RETURNED");
        DeliveryFailed failed = events.awaitFirst(command.dossierId(), DeliveryFailed.class);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.trackingNumber()).isEqualTo(trackingNumber);
        Object id = awaitShipmentOf(command.dossierId()).get("id");
        assertThat(desk.get("/api/v1/shipments?unitCode=" + DUC_GIANG + "&awaitingAction=true").list())
                .extracting(s -> s.get("id")).contains(id);
        assertThat(report(trackingNumber, "DELIVERED", 9).status()).isEqualTo(409);

        var pickedUp = desk.post("/api/v1/shipments/" + id + "/pickup", "{\"receivedBy\":\"Nguyễn Thị An\"}");

        assertThat(pickedUp.map()).containsEntry("status", "DELIVERED");
        assertThat(events.awaitFirst(command.dossierId(), ResultsDelivered.class).trackingNumber())
                .isEqualTo(trackingNumber);
    }

    @Test
    void answersAReportWithMissingOrWrongFieldsWithA400NamingThem() {
        String trackingNumber = aPostalShipment(aDispatch(DeliveryMethod.POST, null));

        var missing = report(trackingNumber, "{\"status\":\"DELIVERED\"}");
        var unknownStatus = report(trackingNumber,
                "{\"eventId\":\"e1\",\"status\":\"LOST_IN_SPACE\",\"occurredAt\":\"" + start + "\"}");
        var future = report(trackingNumber,
                "{\"eventId\":\"e2\",\"status\":\"DELIVERED\",\"occurredAt\":\"2999-01-01T00:00:00+07:00\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("eventId", "occurredAt");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat((String) unknownStatus.get("detail")).contains("status");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("occurredAt");
        assertThat(desk.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment").map())
                .containsEntry("status", "CREATED");
    }

    @Test
    void refusesAReportTimedBeyondTheClockSkewOrAbsurdlyLongAgoWithA400NamingOccurredAt() {
        var command = aDispatch(DeliveryMethod.POST, null);
        String trackingNumber = aPostalShipment(command);
        Instant now = clock.instant();

        var tenMinutesAhead = report(trackingNumber, at(now.plus(10, ChronoUnit.MINUTES)));
        var twoYearsAgo = report(trackingNumber, at(now.minus(730, ChronoUnit.DAYS)));
        var yearZero = report(trackingNumber, at("0000-01-01T00:00:00Z"));
        var farFuture = report(trackingNumber, at("9999-12-31T23:59:59+07:00"));

        assertThat(List.of(tenMinutesAhead, twoYearsAgo, yearZero, farFuture)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.errorFields()).containsExactly("occurredAt");
            assertThat(answer.text()).doesNotContain("0000-01-01", "9999-12-31");
        });
        assertThat(rows("select count(*) from shipment_event e join shipment s on s.id = e.shipment_id "
                + "where s.dossier_id = ?", command.dossierId())).isZero();
    }

    @Test
    void acceptsAReportAFewMinutesAheadOfTheServersClock() {
        String trackingNumber = aPostalShipment(aDispatch(DeliveryMethod.POST, null));

        var skewed = report(trackingNumber, at(clock.instant().plus(3, ChronoUnit.MINUTES)));

        assertThat(skewed.status()).isEqualTo(200);
        assertThat(skewed.map()).containsEntry("outcome", "APPLIED");
    }

    @Test
    void theTrackingViewMovedOffTheShipmentsPathWhichNowTakesOnlyAShipmentId() {
        String trackingNumber = aPostalShipment(aDispatch(DeliveryMethod.POST, null));

        assertThat(desk.get("/api/v1/tracking-numbers/" + trackingNumber + "/shipment").status()).isEqualTo(200);
        var old = desk.get("/api/v1/shipments/" + trackingNumber);
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.contentType()).startsWith("application/problem+json");
    }

    @Test
    void acceptsOccurredAtWithTheVietnameseOffset() {
        String trackingNumber = aPostalShipment(aDispatch(DeliveryMethod.POST, null));
        String local = start.atOffset(java.time.ZoneOffset.ofHours(7)).toString();

        var answer = report(trackingNumber,
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"status\":\"HANDED_TO_CARRIER\",\"occurredAt\":\"" + local + "\"}");

        assertThat(answer.status()).isEqualTo(200);
    }

    private static String at(Object occurredAt) {
        return "{\"eventId\":\"carrier-evt-%s\",\"status\":\"HANDED_TO_CARRIER\",\"occurredAt\":\"%s\"}"
                .formatted(UUID.randomUUID(), occurredAt);
    }

    private ServiceHttp.Response report(String trackingNumber, String status, int minute) {
        return report(trackingNumber, event("carrier-evt-" + UUID.randomUUID(), status, minute));
    }

    private String event(String eventId, String status, int minute) {
        return "{\"eventId\":\"%s\",\"status\":\"%s\",\"occurredAt\":\"%s\",\"note\":\"bưu cục Long Biên\"}"
                .formatted(eventId, status, start.plus(minute, ChronoUnit.MINUTES));
    }
}
