package vn.lienthong.delivery.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.delivery.config.DeliverySettings;
import vn.lienthong.delivery.domain.postage.Postage;
import vn.lienthong.delivery.domain.postage.Route;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentId;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.delivery.persistence.Shipments;
import vn.lienthong.delivery.persistence.TrackingNumbers;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;

/**
 * Turns a {@code DispatchResults} into a shipment: postage assessed, a tracking number for the post, a visit
 * planned for commune staff. Once per dossier: the command replayed under any message ID gets the same reply.
 */
@Component
public class ResultsDispatch {

    private static final Logger log = LoggerFactory.getLogger(ResultsDispatch.class);
    private static final TimeBasedEpochGenerator ids = Generators.timeBasedEpochGenerator();

    private final Shipments shipments;
    private final TrackingNumbers trackingNumbers;
    private final DeliverySettings settings;
    private final Units units;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final WorkingCalendar calendar;

    ResultsDispatch(Shipments shipments, TrackingNumbers trackingNumbers, DeliverySettings settings, Units units,
                    DeliveryMetrics metrics, Clock clock, WorkingCalendar calendar) {
        this.shipments = shipments;
        this.trackingNumbers = trackingNumbers;
        this.settings = settings;
        this.units = units;
        this.metrics = metrics;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The reply to the command, in the caller's transaction (the one that also records the command as handled). */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResultsDispatched handle(DispatchResults command) {
        Shipment.check(command);
        var existing = shipments.findByDossier(DossierId.of(command.dossierId()));
        if (existing.isPresent()) {
            log.info("Results of this dossier were already dispatched as shipment {}; replying again",
                    existing.get().id());
            return existing.get().dispatched();
        }
        DeliveryMethod method = command.method();
        // The parcel leaves from the receiving unit and goes to the address's province, which picks the zone.
        Route route = Route.of(command, units.find(command.unitCode()).map(Unit::provinceCode).orElse(null));
        Postage postage = Postage.assess(settings.tariffTable(), settings.subsidyRules(), method, route,
                command.beneficiary() == null ? null : command.beneficiary().category());
        TrackingNumber trackingNumber = method == DeliveryMethod.POST ? trackingNumbers.issue() : null;
        LocalDate today = LocalDate.now(clock);
        LocalDate visitDate = method == DeliveryMethod.COMMUNE_STAFF
                ? settings.policy(calendar::isWorkingDay).visitDate(today) : null;

        var dispatched = Shipment.dispatch(ShipmentId.of(ids.generate()), command, trackingNumber, postage, visitDate,
                clock.instant());
        shipments.insert(dispatched.shipment());
        metrics.dispatched(dispatched.shipment());
        log.info("Shipment {} created: {} {}, postage {}{}", dispatched.shipment().id(), method,
                trackingNumber == null ? "" : trackingNumber, postage.fee(),
                postage.waivedBy() == null ? "" : " (waived by " + postage.waivedBy() + ")");
        return dispatched.event();
    }
}
