package vn.lienthong.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.delivery.application.ShipmentProgress;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentId;
import vn.lienthong.delivery.persistence.ShipmentHistory;
import vn.lienthong.delivery.persistence.Shipments;
import vn.lienthong.delivery.web.validation.PlausibleTimestamp;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.security.Access;
import vn.lienthong.platform.security.Caller;
import vn.lienthong.platform.web.DomainException;

/**
 * The officers' side: a dossier's shipment, the unit's work list, and what commune staff and the desk record.
 * Shipments are addressed by their ID (a parcel's tracking view by its tracking number, under
 * {@code /api/v1/tracking-numbers}), never by a name or an address.
 * For the desk officers of the shipment's unit (DESIGN.md §6): another unit's shipment is not found, another
 * unit's list is forbidden.
 */
@RestController
// JSON only, declared so that an Accept the service cannot answer is refused (406) before the handler runs,
// not after it has recorded something.
@RequestMapping(path = "/api/v1/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('DESK_OFFICER')")
@Tag(name = "Shipments", description = "For commune officers: shipments of dossiers, work lists, deliveries, pickups")
class ShipmentController {

    private static final String ID_EXAMPLE = "0196b2f4-7c1e-7a3b-9f00-2c5d8e4a1b6f";
    private static final String ID = "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    /** Who received the parcel, and when (default: now). */
    record ReceiptRequest(
            @Schema(example = "Nguyễn Thị An") @NotBlank @Size(min = 1, max = 200) String receivedBy,
            @Schema(example = "2025-05-12T09:30:00+07:00", description = "Default: now. Not more than 5 minutes "
                    + "ahead of the server's clock, not older than 366 days, not before the shipment was created.")
            @PlausibleTimestamp @Nullable OffsetDateTime receivedAt) {
    }

    /** A home visit that found nobody to receive the parcel. */
    record FailedVisitRequest(
            @Schema(example = "2025-05-12T09:30:00+07:00", description = "Not more than 5 minutes ahead of the "
                    + "server's clock, not older than 366 days, not before the shipment was created.")
            @NotNull @PlausibleTimestamp OffsetDateTime occurredAt,
            @Schema(example = "Không có ai ở nhà") @Size(max = 500) @Nullable String note) {
    }

    private final Shipments shipments;
    private final ShipmentHistory history;
    private final ShipmentProgress progress;
    private final Validator validator;

    ShipmentController(Shipments shipments, ShipmentHistory history, ShipmentProgress progress, Validator validator) {
        this.shipments = shipments;
        this.history = history;
        this.progress = progress;
        this.validator = validator;
    }

    @GetMapping("/" + ID)
    @Operation(summary = "One shipment, with its history")
    @ResponseStatus(HttpStatus.OK)
    ShipmentView readShipment(@Parameter(example = ID_EXAMPLE) @PathVariable UUID id, Caller caller) {
        return ShipmentView.of(ofCallersUnit(id, caller), history.of(ShipmentId.of(id)));
    }

    @GetMapping
    @Operation(summary = "Shipments of a dossier (dossierId or dossierCode), or of a unit (unitCode; with "
            + "awaitingAction=true only the visits to make and the parcels waiting at the desk)",
            description = "Only the shipments of the caller's unit: a dossier of another unit finds none, "
                    + "another unit's code is 403.")
    @ResponseStatus(HttpStatus.OK)
    List<ShipmentView> listShipments(@RequestParam(required = false) @Nullable UUID dossierId,
                            @RequestParam(required = false) @Nullable @Size(max = 40) String dossierCode,
                            @RequestParam(required = false) @Nullable @Size(max = 20) String unitCode,
                            @RequestParam(defaultValue = "false") boolean awaitingAction,
                            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                            Caller caller) {
        if (unitCode != null) {
            Access.requireUnit(caller, unitCode);
        }
        if (dossierId != null || dossierCode != null) {
            return shipments.findByDossier(dossierId == null ? null : DossierId.of(dossierId), dossierCode).stream()
                    .filter(s -> caller.worksFor(s.unitCode()))
                    .map(s -> ShipmentView.of(s, null)).toList();
        }
        if (unitCode != null) {
            return shipments.findByUnit(unitCode, awaitingAction, limit).stream()
                    .map(s -> ShipmentView.of(s, null)).toList();
        }
        throw new DomainException(HttpStatus.BAD_REQUEST, "query-needs-a-filter", "A filter is needed",
                "Give dossierId, dossierCode or unitCode.");
    }

    @PostMapping("/" + ID + "/delivery")
    @Operation(summary = "Commune staff delivered the parcel on their home visit",
            description = "Recording the same recipient again changes nothing; another one is a 409.")
    @ApiResponse(responseCode = "422", description = "The moment given is before the shipment was created.")
    @ResponseStatus(HttpStatus.OK)
    ShipmentView deliver(@Parameter(example = ID_EXAMPLE) @PathVariable UUID id,
                         @RequestBody ReceiptRequest receipt, Caller caller) {
        ofCallersUnit(id, caller);
        valid(receipt);
        var shipment = progress.deliverOnVisit(ShipmentId.of(id), receipt.receivedBy(),
                receipt.receivedAt() == null ? null : receipt.receivedAt().toInstant(), caller.username());
        return ShipmentView.of(shipment, history.of(shipment.id()));
    }

    @PostMapping("/" + ID + "/failed-visits")
    @Operation(summary = "A home visit found nobody; at the last attempt the parcel goes back to the desk")
    @ApiResponse(responseCode = "422", description = "The moment given is before the shipment was created.")
    @ResponseStatus(HttpStatus.OK)
    ShipmentView failVisit(@Parameter(example = ID_EXAMPLE) @PathVariable UUID id,
                           @RequestBody FailedVisitRequest visit, Caller caller) {
        ofCallersUnit(id, caller);
        valid(visit);
        var shipment = progress.failVisit(ShipmentId.of(id), visit.occurredAt().toInstant(), visit.note(),
                caller.username());
        return ShipmentView.of(shipment, history.of(shipment.id()));
    }

    @PostMapping("/" + ID + "/pickup")
    @Operation(summary = "The parcel was handed over at the desk (a desk shipment, or one that came back)",
            description = "Recording the same recipient again changes nothing; another one is a 409.")
    @ApiResponse(responseCode = "422", description = "The moment given is before the shipment was created.")
    @ResponseStatus(HttpStatus.OK)
    ShipmentView pickUp(@Parameter(example = ID_EXAMPLE) @PathVariable UUID id,
                        @RequestBody ReceiptRequest receipt, Caller caller) {
        ofCallersUnit(id, caller);
        valid(receipt);
        var shipment = progress.pickUp(ShipmentId.of(id), receipt.receivedBy(),
                receipt.receivedAt() == null ? null : receipt.receivedAt().toInstant(), caller.username());
        return ShipmentView.of(shipment, history.of(shipment.id()));
    }

    /** The shipment, if the caller works for its unit; another unit's answers as if it did not exist. */
    private Shipment ofCallersUnit(UUID id, Caller caller) {
        return shipments.find(ShipmentId.of(id)).filter(s -> caller.worksFor(s.unitCode()))
                .orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "shipment-not-found", "Unknown shipment",
                        "No shipment has this ID."));
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
}
