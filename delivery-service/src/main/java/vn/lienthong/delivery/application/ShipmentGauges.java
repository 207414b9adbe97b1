package vn.lienthong.delivery.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.persistence.Shipments;

/**
 * {@code delivery.shipments}: how many shipments stand in each status, per method, counted in the database (so
 * every replica reports the same truth) at most once per {@link #FRESHNESS}, however often it is scraped.
 */
@Component
class ShipmentGauges {

    private static final Duration FRESHNESS = Duration.ofSeconds(10);
    private static final Map<DeliveryMethod, Set<ShipmentStatus>> STATUSES = Map.of(
            DeliveryMethod.POST, EnumSet.of(ShipmentStatus.CREATED, ShipmentStatus.HANDED_TO_CARRIER,
                    ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.FAILED_ATTEMPT, ShipmentStatus.RETURNED,
                    ShipmentStatus.DELIVERED),
            DeliveryMethod.COMMUNE_STAFF, EnumSet.of(ShipmentStatus.VISIT_SCHEDULED, ShipmentStatus.RETURNED,
                    ShipmentStatus.DELIVERED),
            DeliveryMethod.DESK, EnumSet.of(ShipmentStatus.AWAITING_PICKUP, ShipmentStatus.DELIVERED));

    private final Shipments shipments;
    private Map<String, Long> counts = Map.of();
    private boolean counted;
    private long countedAt;

    ShipmentGauges(Shipments shipments, MeterRegistry meters) {
        this.shipments = shipments;
        STATUSES.forEach((method, statuses) -> statuses.forEach(status ->
                Gauge.builder("delivery.shipments", this, gauges -> gauges.count(method.name() + "/" + status.name()))
                        .description("Shipments in each status").tag("method", method.name())
                        .tag("status", status.name()).register(meters)));
    }

    private synchronized double count(String key) {
        long now = System.nanoTime();
        if (!counted || now - countedAt > FRESHNESS.toNanos()) {
            counts = shipments.countByMethodAndStatus();
            countedAt = now;
            counted = true;
        }
        return counts.getOrDefault(key, 0L);
    }
}
