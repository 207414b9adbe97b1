package vn.lienthong.delivery.domain.shipment;

import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.AWAITING_PICKUP;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.CREATED;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.DELIVERED;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.FAILED_ATTEMPT;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.OUT_FOR_DELIVERY;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.RETURNED;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.VISIT_SCHEDULED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryEvent;
import vn.lienthong.contracts.delivery.DeliveryFailed;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.delivery.domain.postage.Postage;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.platform.domain.DossierId;

/**
 * One parcel carrying every result of one dossier (DESIGN.md rule 9), and where it stands. Immutable: each
 * transition returns an {@link Outcome} with the next shipment and the events that announce it.
 *
 * <p>Carrier reports are placed by {@code occurredAt}: a report older than what the shipment already knows
 * ({@code lastEventAt}) is late; it is recorded but never moves the shipment backwards. A newer report that
 * would move it backwards, or that contradicts a delivery or a return, is refused.
 *
 * @param trackingNumber the UPU S10 number, for the post only
 * @param attempts failed delivery attempts so far (the carrier's or the commune staff's)
 * @param visitDate the planned home visit, for commune staff only
 * @param statusChangedAt when the current status began (the time of the report or record that set it)
 * @param lastEventAt the time of the latest report or record that counted, by which lateness is judged
 */
public record Shipment(
        ShipmentId id,
        DossierId dossierId,
        @Nullable String dossierCode,
        String unitCode,
        String provinceCode,
        DeliveryMethod method,
        @Nullable TrackingNumber trackingNumber,
        Recipient recipient,
        @Nullable Beneficiary beneficiary,
        List<ResultDocument> documents,
        Postage postage,
        ShipmentStatus status,
        int attempts,
        @Nullable LocalDate visitDate,
        Instant createdAt,
        Instant statusChangedAt,
        @Nullable Instant lastEventAt,
        @Nullable Instant deliveredAt,
        @Nullable String receivedBy,
        @Nullable Instant returnedAt) {

    public Shipment {
        documents = List.copyOf(documents);
        if ((method == DeliveryMethod.POST) != (trackingNumber != null)) {
            throw new IllegalArgumentException("a postal shipment, and only a postal one, has a tracking number");
        }
    }

    /** A new shipment and the event that announces it. */
    public record Dispatched(Shipment shipment, ResultsDispatched event) {
    }

    /** Refuses a command that cannot be sent as it is (names the field, never its value). */
    public static void check(DispatchResults command) {
        if (command.dossierId() == null) {
            throw new InvalidDispatch("DispatchResults has no dossierId");
        }
        if (command.method() == null) {
            throw new InvalidDispatch("DispatchResults has no delivery method");
        }
        if (isBlank(command.unitCode()) || isBlank(command.provinceCode())) {
            throw new InvalidDispatch("DispatchResults has no unitCode or provinceCode");
        }
        if (!isBlank(command.destinationProvinceCode()) && !command.destinationProvinceCode().strip().matches("\\d{3}")) {
            throw new InvalidDispatch("DispatchResults has a destinationProvinceCode that is not 3 digits");
        }
        if (command.documents() == null || command.documents().isEmpty()
                || command.documents().stream().anyMatch(d -> d == null || isBlank(d.kind()))) {
            throw new InvalidDispatch("DispatchResults has no documents, or a document without its kind");
        }
        if (isBlank(command.recipientName())) {
            throw new InvalidDispatch("DispatchResults has no recipientName");
        }
        if (command.method() != DeliveryMethod.DESK && isBlank(command.address())) {
            throw new InvalidDispatch("DispatchResults by " + command.method() + " has no address");
        }
    }

    /**
     * The shipment for a checked command: a postal one with its tracking number, waiting for the carrier; a home
     * visit planned for {@code visitDate}; or a parcel waiting at the desk.
     */
    public static Dispatched dispatch(ShipmentId id, DispatchResults command, @Nullable TrackingNumber trackingNumber,
                                      Postage postage, @Nullable LocalDate visitDate, Instant now) {
        check(command);
        DeliveryMethod method = command.method();
        ShipmentStatus first = switch (method) {
            case POST -> CREATED;
            case COMMUNE_STAFF -> VISIT_SCHEDULED;
            case DESK -> AWAITING_PICKUP;
        };
        if ((method == DeliveryMethod.COMMUNE_STAFF) != (visitDate != null)) {
            throw new IllegalArgumentException("a home visit, and only a home visit, has a visit date");
        }
        Beneficiary beneficiary = command.beneficiary() == null || isBlank(command.beneficiary().category())
                ? null : command.beneficiary();
        var shipment = new Shipment(id, DossierId.of(command.dossierId()), command.dossierCode(), command.unitCode(),
                command.provinceCode(), method, trackingNumber,
                new Recipient(command.recipientName(), command.address(), command.phone()), beneficiary,
                command.documents(), postage, first, 0, visitDate, now, now, null, null, null, null);
        return new Dispatched(shipment, shipment.dispatched());
    }

    /** The event that announced this shipment; sent again, identical, when its command is replayed. */
    public ResultsDispatched dispatched() {
        return new ResultsDispatched(dossierId.value(), trackingNumberText(), method, postage.fee(),
                postage.waivedBy());
    }

    /**
     * What a carrier's report does. In order: CREATED → HANDED_TO_CARRIER → OUT_FOR_DELIVERY → DELIVERED (states may
     * be skipped, as carriers miss scans); FAILED_ATTEMPT counts an attempt and, at the last one, returns the parcel
     * to the desk; OUT_FOR_DELIVERY after a failed attempt is the next attempt; RETURNED returns it at once.
     */
    public Outcome report(StatusReport report, DeliveryPolicy policy) {
        if (method != DeliveryMethod.POST) {
            return new Outcome.Refused("not-a-postal-shipment", "Only postal shipments take carrier reports.");
        }
        ShipmentStatus reported = report.status();
        boolean late = lastEventAt != null && (report.occurredAt().isBefore(lastEventAt)
                || report.occurredAt().equals(lastEventAt) && reported.stage() < status.stage());
        if (status == DELIVERED || status == RETURNED) {
            if (reported == status) {
                return new Outcome.Unchanged(Effect.NO_CHANGE);
            }
            if (late) {
                return new Outcome.Unchanged(Effect.LATE);
            }
            return new Outcome.Refused("contradicts-final-status", "The shipment is " + status + " since "
                    + lastEventAt + "; a later " + reported + " report contradicts it.");
        }
        if (late) {
            // It still happened: a failed attempt counts even when it is reported late.
            return reported == FAILED_ATTEMPT
                    ? new Outcome.Changed(copy(status, attempts + 1, visitDate, statusChangedAt, lastEventAt,
                            null, null, null), Effect.LATE, List.of())
                    : new Outcome.Unchanged(Effect.LATE);
        }
        return switch (reported) {
            case HANDED_TO_CARRIER, OUT_FOR_DELIVERY -> {
                if (reported == status) {
                    yield new Outcome.Unchanged(Effect.NO_CHANGE);
                }
                if (reported.stage() < status.stage()) {
                    yield new Outcome.Refused("status-goes-backwards", "The shipment is " + status + " since "
                            + lastEventAt + "; " + reported + " at a later time would move it backwards.");
                }
                yield new Outcome.Changed(copy(reported, attempts, visitDate, report.occurredAt(),
                        report.occurredAt(), null, null, null), Effect.APPLIED, List.of());
            }
            case DELIVERED -> deliver(report.occurredAt(), null);
            case FAILED_ATTEMPT -> failedAttempt(report.occurredAt(), policy);
            case RETURNED -> returnToDesk(attempts, report.occurredAt(), "The carrier returned the parcel to the "
                    + "one-stop desk after " + attempts + " failed attempt(s); it waits there for pickup.");
            default -> throw new IllegalStateException("not a carrier status: " + reported);
        };
    }

    /** Commune staff handed the parcel over on their visit. Recording the same recipient again changes nothing. */
    public Outcome deliverOnVisit(Receipt receipt) {
        if (method != DeliveryMethod.COMMUNE_STAFF) {
            return new Outcome.Refused("not-a-home-visit",
                    "This shipment goes by " + method + "; only commune staff deliveries are recorded on a visit.");
        }
        if (status == DELIVERED) {
            return againDelivered(receipt);
        }
        if (status != VISIT_SCHEDULED) {
            return new Outcome.Refused("not-awaiting-visit",
                    "The parcel is " + status + "; it can now only be picked up at the desk.");
        }
        return deliver(receipt.receivedAt(), receipt.receivedBy());
    }

    /** Commune staff found nobody: an attempt counted, the next visit planned, or at the last one, back to the desk. */
    public Outcome failVisit(Instant at, LocalDate today, DeliveryPolicy policy) {
        if (method != DeliveryMethod.COMMUNE_STAFF || status != VISIT_SCHEDULED) {
            return new Outcome.Refused("not-awaiting-visit",
                    "Only a scheduled home visit can fail; this shipment goes by " + method + " and is " + status + ".");
        }
        int made = attempts + 1;
        if (made >= policy.maxAttempts()) {
            return returnToDesk(made, at, made + " home visit(s) found nobody to receive the parcel; it waits at the "
                    + "one-stop desk for pickup.");
        }
        return new Outcome.Changed(copy(VISIT_SCHEDULED, made, policy.visitDate(today), at, at, null, null, null),
                Effect.APPLIED, List.of());
    }

    /** The parcel was handed over at the desk: a desk shipment, or one that came back. */
    public Outcome pickUp(Receipt receipt) {
        if (status == DELIVERED) {
            return againDelivered(receipt);
        }
        if (status != AWAITING_PICKUP && status != RETURNED) {
            return new Outcome.Refused("not-at-desk", "The parcel is " + status
                    + "; only a parcel waiting at the desk (AWAITING_PICKUP or RETURNED) can be picked up.");
        }
        return deliver(receipt.receivedAt(), receipt.receivedBy());
    }

    /** Awaiting an action of the unit: a visit to make or a parcel to hand over at the desk. */
    public boolean awaitsUnit() {
        return status.awaitsUnit();
    }

    private Outcome againDelivered(Receipt receipt) {
        if (receivedBy != null && receipt.sameRecipient(receivedBy)) {
            return new Outcome.Unchanged(Effect.NO_CHANGE);
        }
        return new Outcome.Refused("already-delivered", "The parcel was already delivered at " + deliveredAt + ".");
    }

    private Outcome deliver(Instant at, @Nullable String recipient) {
        return new Outcome.Changed(copy(DELIVERED, attempts, visitDate, at, at, at, recipient, returnedAt),
                Effect.APPLIED, List.of(new ResultsDelivered(dossierId.value(), trackingNumberText(), at)));
    }

    private Outcome failedAttempt(Instant at, DeliveryPolicy policy) {
        int made = attempts + 1;
        if (made >= policy.maxAttempts()) {
            return returnToDesk(made, at, made + " delivery attempt(s) failed; the parcel went back to the one-stop "
                    + "desk and waits there for pickup.");
        }
        return new Outcome.Changed(copy(FAILED_ATTEMPT, made, visitDate, at, at, null, null, null),
                Effect.APPLIED, List.of());
    }

    private Outcome returnToDesk(int made, Instant at, String reason) {
        List<DeliveryEvent> events = List.of(new DeliveryFailed(dossierId.value(), trackingNumberText(), made, reason));
        return new Outcome.Changed(copy(RETURNED, made, visitDate, at, at, null, null, at), Effect.APPLIED, events);
    }

    private Shipment copy(ShipmentStatus nextStatus, int nextAttempts, @Nullable LocalDate nextVisit,
                          Instant changedAt, @Nullable Instant eventAt, @Nullable Instant delivered,
                          @Nullable String receiver, @Nullable Instant returned) {
        return new Shipment(id, dossierId, dossierCode, unitCode, provinceCode, method, trackingNumber, this.recipient,
                beneficiary, documents, postage, nextStatus, nextAttempts, nextVisit, createdAt, changedAt, eventAt,
                delivered, receiver, returned);
    }

    private @Nullable String trackingNumberText() {
        return trackingNumber == null ? null : trackingNumber.value();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
