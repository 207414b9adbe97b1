package vn.lienthong.testsupport.architecture.samples.good.domain.postage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.lienthong.testsupport.architecture.samples.good.domain.ShipmentId;

public record Shipment(ShipmentId id, String trackingNumber, LocalDate dispatchedOn, Instant recordedAt,
                       List<ShipmentId> related) {

    public static Shipment dispatch(ShipmentId id, String trackingNumber, Clock clock) {
        return new Shipment(id, trackingNumber, LocalDate.now(clock), Instant.now(clock), List.of());
    }
}
