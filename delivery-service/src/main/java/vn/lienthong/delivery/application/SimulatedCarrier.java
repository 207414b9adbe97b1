package vn.lienthong.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.lienthong.delivery.config.DeliverySettings;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.domain.shipment.StatusReport;
import vn.lienthong.delivery.persistence.Shipments;

/**
 * A stand-in for the postal carrier on a developer's machine ({@code lienthong.delivery.simulated-carrier}): it
 * moves each postal shipment one step (HANDED_TO_CARRIER, OUT_FOR_DELIVERY, DELIVERED; after a failed attempt,
 * OUT_FOR_DELIVERY again) once it has stood still for the step delay, through the same {@link ShipmentProgress}
 * as the webhook.
 *
 * <p>It keeps no state of its own: the next step follows from the shipment's status and when it began, both in
 * the database, so a restart loses nothing. Its event IDs follow from the shipment and the step, so a step sent
 * twice (by two replicas, or again after a crash) counts once.
 */
@Component
@ConditionalOnBooleanProperty("lienthong.delivery.simulated-carrier")
class SimulatedCarrier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCarrier.class);
    private static final int BATCH = 100;

    private final Shipments shipments;
    private final ShipmentProgress progress;
    private final Clock clock;
    private final Duration stepDelay;
    private @Nullable ScheduledExecutorService timer;

    SimulatedCarrier(Shipments shipments, ShipmentProgress progress, Clock clock, DeliverySettings settings) {
        this.shipments = shipments;
        this.progress = progress;
        this.clock = clock;
        this.stepDelay = settings.simulatedCarrierStepDelay();
    }

    /** Moves every shipment that is due one step; returns how many moved. */
    int advanceDueShipments() {
        int moved = 0;
        Instant now = clock.instant();
        for (Shipment shipment : shipments.onTheWaySince(now.minus(stepDelay), BATCH)) {
            ShipmentStatus next = switch (shipment.status()) {
                case CREATED -> ShipmentStatus.HANDED_TO_CARRIER;
                case HANDED_TO_CARRIER, FAILED_ATTEMPT -> ShipmentStatus.OUT_FOR_DELIVERY;
                default -> ShipmentStatus.DELIVERED;
            };
            String eventId = "simulated:" + shipment.id().value() + ":" + next + ":" + shipment.attempts();
            try {
                var reported = progress.report(shipment.trackingNumber(),
                        new StatusReport(eventId, next, clock.instant(), "simulated carrier"),
                        ReportSource.SIMULATED_CARRIER, null);
                if (reported.outcome() == ShipmentProgress.ReportOutcome.APPLIED) {
                    moved++;
                }
            } catch (RuntimeException e) {
                // One shipment the carrier cannot move (say, moved meanwhile by hand) must not stop the others.
                log.warn("Simulated carrier could not move shipment {} to {}: {}", shipment.id(), next, e.getMessage());
            }
        }
        return moved;
    }

    @Override
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("simulated-carrier").factory());
            long period = Math.max(100, Math.min(1000, stepDelay.toMillis() / 2));
            timer.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
            log.info("Simulated carrier on: postal shipments move one step every {}", stepDelay);
        }
    }

    private void tick() {
        try {
            while (advanceDueShipments() == BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("Simulated carrier round failed, trying again shortly: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
