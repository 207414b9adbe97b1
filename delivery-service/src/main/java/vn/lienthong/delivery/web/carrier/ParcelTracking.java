package vn.lienthong.delivery.web.carrier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.delivery.domain.shipment.Effect;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.persistence.ShipmentHistory;
import vn.lienthong.delivery.persistence.Shipments;
import vn.lienthong.platform.security.Caller;

/**
 * The tracking view of a postal parcel, by its UPU S10 tracking number: status and dates only, no personal data. For
 * the desk officers of the shipment's unit (DESIGN.md §6). Under a path of its own,
 * {@code /api/v1/tracking-numbers/{trackingNumber}/shipment}: beside {@code /api/v1/shipments/{id}} it would be one
 * and the same path template to OpenAPI.
 */
@RestController
// JSON only, declared so that an Accept the service cannot answer is refused (406) before the handler runs,
// not after it has recorded something.
@RequestMapping(path = "/api/v1/tracking-numbers", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('DESK_OFFICER')")
@Tag(name = "Parcel tracking", description = "For commune officers: a postal parcel's status and dates by its "
        + "tracking number")
class ParcelTracking {

    record TrackingEvent(ShipmentStatus status, Instant occurredAt, Effect effect) {
    }

    record TrackingView(String trackingNumber, DeliveryMethod method, ShipmentStatus status, int attempts,
                        Instant dispatchedAt, @Nullable Instant deliveredAt, @Nullable Instant returnedAt,
                        List<TrackingEvent> events) {
    }

    private final Shipments shipments;
    private final ShipmentHistory history;

    ParcelTracking(Shipments shipments, ShipmentHistory history) {
        this.shipments = shipments;
        this.history = history;
    }

    @GetMapping("/" + CarrierWebhook.TRACKING_NUMBER + "/shipment")
    @Operation(summary = "Track a postal parcel", description = "Status and dates only; no personal data. For the "
            + "desk officers of the shipment's unit; another unit's parcel, or anything that is not an S10 number "
            + "with a right check digit, is not found.")
    @ResponseStatus(HttpStatus.OK)
    TrackingView trackParcel(@Parameter(example = "RR000000014VN") @PathVariable String trackingNumber,
                             Caller caller) {
        Shipment shipment = shipments.findByTrackingNumber(CarrierWebhook.parse(trackingNumber))
                .filter(found -> caller.worksFor(found.unitCode()))
                .orElseThrow(CarrierWebhook::unknown);
        List<TrackingEvent> events = history.of(shipment.id()).stream()
                .map(e -> new TrackingEvent(e.status(), e.occurredAt(), e.effect()))
                .toList();
        return new TrackingView(shipment.trackingNumber().value(), shipment.method(), shipment.status(),
                shipment.attempts(), shipment.createdAt(), shipment.deliveredAt(), shipment.returnedAt(), events);
    }
}
