package vn.lienthong.delivery.web.carrier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.delivery.application.ShipmentProgress;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.domain.shipment.StatusReport;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.delivery.web.validation.PlausibleTimestamp;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.web.DomainException;

/**
 * The postal carrier's status webhook, pinned in DESIGN.md §5 (the {@code carrier} client only): addressed by
 * tracking number, it answers with no personal data (no names, addresses, phones or notes).
 */
@RestController
// JSON only, declared so that an Accept the service cannot answer is refused (406) before the handler runs,
// not after it has recorded something.
@RequestMapping(path = "/api/v1/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Carrier", description = "For the postal carrier: status reports of parcels by UPU S10 tracking number")
class CarrierWebhook {

    /** The S10 shape; anything else is no tracking number and finds no resource (404). */
    static final String TRACKING_NUMBER = "{trackingNumber:[A-Za-z]{2}[0-9]{9}[A-Za-z]{2}}";

    /** The statuses a carrier reports. */
    enum CarrierStatus { HANDED_TO_CARRIER, OUT_FOR_DELIVERY, DELIVERED, FAILED_ATTEMPT, RETURNED }

    record CarrierEvent(
            @Schema(example = "VNP-EVT-20250512-000123") @NotBlank @Size(min = 1, max = 100) String eventId,
            @Schema(example = "OUT_FOR_DELIVERY") @NotNull CarrierStatus status,
            @Schema(example = "2025-05-12T09:30:00+07:00", description = "When it happened, with its offset. Not "
                    + "more than 5 minutes ahead of the server's clock, not older than 366 days.")
            @NotNull @PlausibleTimestamp OffsetDateTime occurredAt,
            @Schema(example = "Bưu cục Long Biên") @Size(max = 500) @Nullable String note) {
    }

    private final ShipmentProgress progress;
    private final Validator validator;

    CarrierWebhook(ShipmentProgress progress, Validator validator) {
        this.progress = progress;
        this.validator = validator;
    }

    @PostMapping("/" + TRACKING_NUMBER + "/events")
    @Operation(summary = "Report a parcel's status",
            description = "Idempotent by eventId (a repeat answers DUPLICATE and changes nothing). Reports may come "
                    + "late: one that happened before the shipment's latest known event is recorded (LATE) and never "
                    + "moves it backwards. 404 for an unknown tracking number, 409 for a report the shipment's status "
                    + "contradicts (e.g. anything new after DELIVERED) or an eventId reused for another report.")
    @PreAuthorize("hasRole('CARRIER')")
    @ResponseStatus(HttpStatus.OK)
    ShipmentProgress.Reported reportParcelStatus(
            @Parameter(example = "RR000000014VN") @PathVariable String trackingNumber,
            @RequestBody CarrierEvent event, Caller caller) {
        valid(event);
        var report = new StatusReport(event.eventId().strip(), ShipmentStatus.valueOf(event.status().name()),
                event.occurredAt().toInstant(), event.note());
        return progress.report(parse(trackingNumber), report, ReportSource.CARRIER, reporter(caller));
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

    static TrackingNumber parse(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).orElseThrow(CarrierWebhook::unknown);
    }

    static DomainException unknown() {
        return new DomainException(HttpStatus.NOT_FOUND, "shipment-not-found", "Unknown tracking number",
                "No shipment has this tracking number.");
    }
}
