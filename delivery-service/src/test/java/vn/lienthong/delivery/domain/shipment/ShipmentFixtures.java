package vn.lienthong.delivery.domain.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.delivery.domain.postage.Postage;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;

/** Shipments and commands in domain words. */
final class ShipmentFixtures {

    static final Instant DISPATCHED_AT = Instant.parse("2025-05-06T02:00:00Z");
    static final DeliveryPolicy POLICY = new DeliveryPolicy(3, 1, ShipmentFixtures::isWeekday);
    static final TrackingNumber TRACKING_NUMBER = TrackingNumber.issue("RR", 47_312_482);
    static final Postage CHARGED = new Postage(new BigDecimal("16500"), new BigDecimal("16500"), null);

    private ShipmentFixtures() {
    }

    static DispatchResults aCommand(DeliveryMethod method) {
        return new DispatchResults(UUID.randomUUID(), "000.26.45.H26-250506-0001", "000.26.45.H26", "001",
                List.of(new ResultDocument("BIRTH_CERTIFICATE_EXTRACT", "123/2025"),
                        new ResultDocument("HEALTH_INSURANCE_CARD", "TE1010012345678")),
                method, "Nguyễn Thị An", "Số 5 ngõ 12 Đức Giang, Long Biên, Hà Nội", "0912345678",
                new Beneficiary("WAR_INVALID", "HN-12345"), "001", "Phường Đức Giang", "Số 5 ngõ 12 Đức Giang");
    }

    static Shipment aPostalShipment() {
        return Shipment.dispatch(aShipmentId(), aCommand(DeliveryMethod.POST), TRACKING_NUMBER, CHARGED, null,
                DISPATCHED_AT).shipment();
    }

    static Shipment aHomeVisit() {
        return Shipment.dispatch(aShipmentId(), aCommand(DeliveryMethod.COMMUNE_STAFF), null, CHARGED,
                LocalDate.of(2025, 5, 7), DISPATCHED_AT).shipment();
    }

    static Shipment aDeskParcel() {
        return Shipment.dispatch(aShipmentId(), aCommand(DeliveryMethod.DESK), null,
                new Postage(BigDecimal.ZERO, BigDecimal.ZERO, null), null, DISPATCHED_AT).shipment();
    }

    static ShipmentId aShipmentId() {
        return ShipmentId.of(UUID.randomUUID());
    }

    /** A report {@code minutes} after dispatch. */
    static StatusReport report(ShipmentStatus status, int minutes) {
        return new StatusReport(UUID.randomUUID().toString(), status, at(minutes), null);
    }

    static Instant at(int minutes) {
        return DISPATCHED_AT.plusSeconds(60L * minutes);
    }

    /** The shipment after an outcome that must have changed it. */
    static Shipment changed(Outcome outcome) {
        if (outcome instanceof Outcome.Changed changed) {
            return changed.shipment();
        }
        throw new AssertionError("expected a change, got " + outcome);
    }

    static boolean isWeekday(java.time.LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5;
    }
}
