package vn.lienthong.delivery.web.carrier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.delivery.application.ShipmentProgress;
import vn.lienthong.delivery.domain.shipment.Effect;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.domain.shipment.StatusReport;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.delivery.persistence.ShipmentHistory;
import vn.lienthong.delivery.persistence.Shipments;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.web.DomainException;

/**
 * The postal carrier's interface, pinned in DESIGN.md §5: its status webhook (the {@code carrier} client only), and
 * the tracking view of a parcel (the desk officers of the shipment's unit, DESIGN.md §6). Both are addressed by
 * tracking number and reveal no personal data (no names, addresses, phones or notes).
 */
@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Carrier", description = "For the postal carrier: status reports and tracking by UPU S10 number")
class CarrierWebhook {

    /** The S10 shape; anything else is no tracking number and finds no resource (404). */
    static final String TRACKING_NUMBER = "{trackingNumber:[A-Za-z]{2}[0-9]{9}[A-Za-z]{2}}";

    /** The statuses a carrier reports. */
    enum CarrierStatus { HANDED_TO_CARRIER, OUT_FOR_DELIVERY, DELIVERED, FAILED_ATTEMPT, RETURNED }

    record CarrierEvent(
            @NotBlank @Size(max = 100) String eventId,
            @NotNull CarrierStatus status,
            @NotNull OffsetDateTime occurredAt,
            @Size(max = 500) @Nullable String note) {
    }

    record TrackingEvent(ShipmentStatus status, Instant occurredAt, Effect effect) {
    }

    record TrackingView(String trackingNumber, DeliveryMethod method, ShipmentStatus status, int attempts,
                        Instant dispatchedAt, @Nullable Instant deliveredAt, @Nullable Instant returnedAt,
                        List<TrackingEvent> events) {
    }

    private final ShipmentProgress progress;
    private final Shipments shipments;
    private final ShipmentHistory history;
    private final Validator validator;

    CarrierWebhook(ShipmentProgress progress, Shipments shipments, ShipmentHistory history, Validator validator) {
        this.progress = progress;
        this.shipments = shipments;
        this.history = history;
        this.validator = validator;
    }

    @PostMapping("/" + TRACKING_NUMBER + "/events")
    @Operation(summary = "Report a parcel's status",
            description = "Idempotent by eventId (a repeat answers DUPLICATE and changes nothing). Reports may come "
                    + "late: one that happened before the shipment's latest known event is recorded (LATE) and never "
                    + "moves it backwards. 404 for an unknown tracking number, 409 for a report the shipment's status "
                    + "contradicts (e.g. anything new after DELIVERED) or an eventId reused for another report.")
    @PreAuthorize("hasRole('CARRIER')")
    ShipmentProgress.Reported report(@PathVariable String trackingNumber, @RequestBody CarrierEvent event,
                                     Caller caller) {
        valid(event);
        var report = new StatusReport(event.eventId().strip(), ShipmentStatus.valueOf(event.status().name()),
                event.occurredAt().toInstant(), event.note());
        return progress.report(parse(trackingNumber), report, ReportSource.CARRIER, reporter(caller));
    }

    @GetMapping("/" + TRACKING_NUMBER)
    @Operation(summary = "Track a postal parcel", description = "Status and dates only; no personal data. For the "
            + "desk officers of the shipment's unit; another unit's parcel is not found.")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    TrackingView track(@PathVariable String trackingNumber, Caller caller) {
        Shipment shipment = shipments.findByTrackingNumber(parse(trackingNumber))
                .filter(found -> caller.worksFor(found.unitCode()))
                .orElseThrow(CarrierWebhook::unknown);
        List<TrackingEvent> events = history.of(shipment.id()).stream()
                .map(e -> new TrackingEvent(e.status(), e.occurredAt(), e.effect()))
                .toList();
        return new TrackingView(shipment.trackingNumber().value(), shipment.method(), shipment.status(),
                shipment.attempts(), shipment.createdAt(), shipment.deliveredAt(), shipment.returnedAt(), events);
    }

    /** The client the report came through (the carrier's), else the account. */
    private static String reporter(Caller caller) {
        String client = caller.clientId();
        return client != null && !client.isBlank() ? client : caller.username();
    }

    /**
     * Validates a request body once the caller is known to be allowed: a refused caller gets its 403 or 404, never
     * a 400 describing the body ({@code @Valid} would run before the access rules).
     */
    private <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    private static TrackingNumber parse(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).orElseThrow(CarrierWebhook::unknown);
    }

    private static DomainException unknown() {
        return new DomainException(HttpStatus.NOT_FOUND, "shipment-not-found", "Unknown tracking number",
                "No shipment has this tracking number.");
    }
}
