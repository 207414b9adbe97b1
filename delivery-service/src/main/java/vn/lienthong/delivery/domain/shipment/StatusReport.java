package vn.lienthong.delivery.domain.shipment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A carrier's report of what happened to a parcel, and when. Reports may arrive late and out of order;
 * {@code occurredAt}, not arrival, places them in the parcel's story.
 *
 * @param eventId the carrier's identifier of the report; the same report sent again carries the same one
 */
public record StatusReport(String eventId, ShipmentStatus status, Instant occurredAt, @Nullable String note) {

    public StatusReport {
        if (!status.isCarrierStatus()) {
            throw new IllegalArgumentException(status + " is not a status a carrier reports");
        }
        // The precision the record is kept at (PostgreSQL: microseconds), so a repeat sent byte for byte compares
        // equal to the stored report however finely the carrier's clock ticks.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
