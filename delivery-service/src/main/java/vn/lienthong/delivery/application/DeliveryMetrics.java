package vn.lienthong.delivery.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;

/**
 * The service's meters; tags are methods, statuses and outcomes, never a dossier, a number or a name. Counted when
 * the transaction commits, so a rolled-back change counts nothing.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A new shipment: its postage (the rate, charged or waived) and its first status. */
    void dispatched(Shipment shipment) {
        afterCommit(() -> {
            String method = shipment.method().name();
            String settlement = shipment.postage().settlement().name().toLowerCase();
            Counter.builder("delivery.shipments.dispatched").description("Shipments created")
                    .tag("method", method).tag("postage", settlement).register(meters).increment();
            DistributionSummary.builder("delivery.postage").baseUnit("VND")
                    .description("Postage rates of new shipments, by whether the requester pays or a rule waives it")
                    .tag("method", method).tag("postage", settlement).register(meters)
                    .record(shipment.postage().rate().doubleValue());
            transition(shipment.method().name(), shipment.status());
        });
    }

    /** A shipment changed: its new status, a failed attempt, and, at the end, attempts and time to delivery. */
    void changed(Shipment before, Shipment after) {
        afterCommit(() -> {
            String method = after.method().name();
            if (after.status() != before.status()) {
                transition(method, after.status());
            }
            if (after.attempts() > before.attempts()) {
                Counter.builder("delivery.attempts.failed").description("Failed delivery attempts")
                        .tag("method", method).register(meters).increment(after.attempts() - before.attempts());
            }
            if (after.status() != before.status()
                    && (after.status() == ShipmentStatus.DELIVERED || after.status() == ShipmentStatus.RETURNED)) {
                DistributionSummary.builder("delivery.attempts")
                        .description("Failed attempts a shipment had when it was delivered or returned")
                        .tag("method", method).tag("outcome", after.status().name().toLowerCase())
                        .register(meters).record(after.attempts());
            }
            if (after.status() == ShipmentStatus.DELIVERED && before.status() != ShipmentStatus.DELIVERED
                    && after.deliveredAt() != null) {
                Timer.builder("delivery.time.to.delivery").description("From dispatch to the citizen's hands")
                        .tag("method", method).register(meters)
                        .record(Duration.between(after.createdAt(), after.deliveredAt()));
            }
        });
    }

    /** A report from the carrier (or the simulated one) and what came of it. */
    void reported(ReportSource source, String outcome) {
        afterCommit(() -> Counter.builder("delivery.carrier.reports").description("Carrier status reports received")
                .tag("source", source.name().toLowerCase()).tag("outcome", outcome.toLowerCase())
                .register(meters).increment());
    }

    private void transition(String method, ShipmentStatus status) {
        Counter.builder("delivery.shipments.transitions").description("Shipments entering a status")
                .tag("method", method).tag("status", status.name()).register(meters).increment();
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
