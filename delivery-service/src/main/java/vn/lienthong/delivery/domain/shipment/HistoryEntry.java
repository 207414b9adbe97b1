package vn.lienthong.delivery.domain.shipment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One report or record a shipment received, applied or not, as kept in its history. The note may name people:
 * officers see it, the carrier's tracking view does not.
 *
 * @param reportedBy who sent it: the carrier's client, or the officer's username; null for the simulated carrier
 *     and for what was recorded before callers were
 */
public record HistoryEntry(ShipmentId shipmentId, String eventId, ReportSource source, ShipmentStatus status,
                           Instant occurredAt, Instant recordedAt, Effect effect, @Nullable String note,
                           @Nullable String reportedBy) {
}
