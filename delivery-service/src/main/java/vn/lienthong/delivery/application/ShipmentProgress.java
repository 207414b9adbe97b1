package vn.lienthong.delivery.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.delivery.config.DeliverySettings;
import vn.lienthong.delivery.domain.shipment.Effect;
import vn.lienthong.delivery.domain.shipment.HistoryEntry;
import vn.lienthong.delivery.domain.shipment.Outcome;
import vn.lienthong.delivery.domain.shipment.Receipt;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentId;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.domain.shipment.StatusReport;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.delivery.persistence.ShipmentHistory;
import vn.lienthong.delivery.persistence.Shipments;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.participant.Replies;
import vn.lienthong.platform.web.DomainException;

/**
 * Moves shipments: carrier reports (the webhook and the simulated carrier alike) and officers' records of home
 * deliveries, failed visits and pickups. Each in one transaction with the shipment locked, its history entry
 * and the events it publishes.
 */
@Component
public class ShipmentProgress {

    /** A carrier's clock may run a little ahead; a report further in the future is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ShipmentProgress.class);
    private static final TimeBasedEpochGenerator ids = Generators.timeBasedEpochGenerator();

    /** What became of a carrier report. */
    public enum ReportOutcome { APPLIED, LATE, NO_CHANGE, DUPLICATE }

    /** The answer to a carrier report: what became of it, and where the shipment stands now. */
    public record Reported(String eventId, String trackingNumber, ReportOutcome outcome,
                           ShipmentStatus status, int attempts) {
    }

    private final Shipments shipments;
    private final ShipmentHistory history;
    private final Replies replies;
    private final DeliverySettings settings;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final WorkingCalendar calendar;

    ShipmentProgress(Shipments shipments, ShipmentHistory history, Replies replies, DeliverySettings settings,
                     DeliveryMetrics metrics, Clock clock, WorkingCalendar calendar) {
        this.shipments = shipments;
        this.history = history;
        this.replies = replies;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.calendar = calendar;
    }

    /**
     * A carrier's report. The same event ID again changes nothing; reused for another report it is refused. A late
     * report is recorded and leaves the status alone; one the shipment's status contradicts is refused (409).
     *
     * @param reportedBy the client that sent it (recorded with the report), null for the simulated carrier
     */
    @Transactional
    public Reported report(TrackingNumber number, StatusReport report, ReportSource source,
                           @Nullable String reportedBy) {
        Shipment shipment = shipments.lockByTrackingNumber(number).orElseThrow(() -> new DomainException(
                HttpStatus.NOT_FOUND, "shipment-not-found", "Unknown tracking number",
                "No shipment has this tracking number."));
        try (var dossier = Correlation.dossier(shipment.dossierId().value())) {
            var earlier = history.find(report.eventId());
            if (earlier.isPresent()) {
                HistoryEntry entry = earlier.get();
                if (!entry.shipmentId().equals(shipment.id()) || entry.status() != report.status()
                        || !entry.occurredAt().equals(report.occurredAt())) {
                    throw new DomainException(HttpStatus.CONFLICT, "event-id-reused", "Event ID reused",
                            "This event ID was already used for a different report.");
                }
                metrics.reported(source, ReportOutcome.DUPLICATE.name());
                return new Reported(report.eventId(), number.value(), ReportOutcome.DUPLICATE, shipment.status(),
                        shipment.attempts());
            }
            notInTheFuture(report.occurredAt(), "occurredAt");
            Applied applied = apply(shipment, shipment.report(report, settings.policy(calendar::isWorkingDay)),
                    report.eventId(), source, reportedBy, report.status(), report.occurredAt(), report.note());
            metrics.reported(source, applied.effect().name());
            return new Reported(report.eventId(), number.value(), ReportOutcome.valueOf(applied.effect().name()),
                    applied.shipment().status(), applied.shipment().attempts());
        }
    }

    /**
     * Commune staff delivered the parcel on their visit.
     *
     * @param officer the username of the officer who records it
     */
    @Transactional
    public Shipment deliverOnVisit(ShipmentId id, String receivedBy, @Nullable Instant receivedAt, String officer) {
        Shipment shipment = locked(id);
        Receipt receipt = receipt(shipment, receivedBy, receivedAt);
        return apply(shipment, shipment.deliverOnVisit(receipt), officerEventId(), ReportSource.OFFICER,
                officer, ShipmentStatus.DELIVERED, receipt.receivedAt(), "delivered on a home visit").shipment();
    }

    /**
     * The parcel was handed over at the desk.
     *
     * @param officer the username of the officer who records it
     */
    @Transactional
    public Shipment pickUp(ShipmentId id, String receivedBy, @Nullable Instant receivedAt, String officer) {
        Shipment shipment = locked(id);
        Receipt receipt = receipt(shipment, receivedBy, receivedAt);
        return apply(shipment, shipment.pickUp(receipt), officerEventId(), ReportSource.OFFICER,
                officer, ShipmentStatus.DELIVERED, receipt.receivedAt(), "picked up at the desk").shipment();
    }

    /**
     * Commune staff found nobody at home. The same visit (same time) recorded twice counts once.
     *
     * @param officer the username of the officer who records it
     */
    @Transactional
    public Shipment failVisit(ShipmentId id, Instant at, @Nullable String note, String officer) {
        Shipment shipment = locked(id);
        inShipmentLifetime(shipment, at, "occurredAt");
        String eventId = "officer:" + id.value() + ":failed-visit:" + at.toEpochMilli();
        if (history.find(eventId).isPresent()) {
            return shipment;
        }
        LocalDate today = LocalDate.now(clock);
        return apply(shipment, shipment.failVisit(at, today, settings.policy(calendar::isWorkingDay)), eventId,
                ReportSource.OFFICER, officer, ShipmentStatus.FAILED_ATTEMPT, at, note).shipment();
    }

    private record Applied(Shipment shipment, Effect effect) {
    }

    private Applied apply(Shipment before, Outcome outcome, String eventId, ReportSource source,
                          @Nullable String reportedBy, ShipmentStatus status, Instant occurredAt, @Nullable String note) {
        return switch (outcome) {
            case Outcome.Refused refused -> throw new DomainException(HttpStatus.CONFLICT, refused.code(),
                    title(refused.code()), refused.detail());
            case Outcome.Unchanged unchanged -> {
                history.append(before.id(), eventId, source, reportedBy, status, occurredAt, unchanged.effect(), note);
                yield new Applied(before, unchanged.effect());
            }
            case Outcome.Changed changed -> {
                Shipment after = changed.shipment();
                history.append(before.id(), eventId, source, reportedBy, status, occurredAt, changed.effect(), note);
                shipments.update(after);
                changed.events().forEach(replies::send);
                metrics.changed(before, after);
                if (after.status() != before.status()) {
                    log.info("Shipment {} is now {} (attempts {})", after.id(), after.status(), after.attempts());
                }
                yield new Applied(after, changed.effect());
            }
        };
    }

    private Shipment locked(ShipmentId id) {
        return shipments.lock(id).orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "shipment-not-found",
                "Unknown shipment", "No shipment has this ID."));
    }

    private Receipt receipt(Shipment shipment, String receivedBy, @Nullable Instant receivedAt) {
        Instant at = receivedAt == null ? clock.instant() : receivedAt;
        inShipmentLifetime(shipment, at, "receivedAt");
        return new Receipt(receivedBy, at);
    }

    private void inShipmentLifetime(Shipment shipment, Instant at, String field) {
        notInTheFuture(at, field);
        if (at.isBefore(shipment.createdAt())) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "before-dispatch", "Before dispatch",
                    field + " is before the shipment was created (" + shipment.createdAt() + ").");
        }
    }

    private void notInTheFuture(Instant at, String field) {
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "in-the-future", "In the future",
                    field + " lies in the future.");
        }
    }

    private static String officerEventId() {
        return "officer:" + ids.generate();
    }

    /** "contradicts-final-status" → "Contradicts final status". */
    private static String title(String code) {
        String words = code.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
