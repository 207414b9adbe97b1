package vn.lienthong.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.delivery.domain.shipment.Effect;
import vn.lienthong.delivery.domain.shipment.HistoryEntry;
import vn.lienthong.delivery.domain.shipment.ReportSource;
import vn.lienthong.delivery.domain.shipment.ShipmentId;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;

/** Every report and record each shipment received, applied or not, in table {@code shipment_event}. */
@Component
public class ShipmentHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    ShipmentHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a report or record, stamped with the time it was recorded. */
    public void append(ShipmentId shipmentId, String eventId, ReportSource source, @Nullable String reportedBy,
                       ShipmentStatus status, Instant occurredAt, Effect effect, @Nullable String note) {
        jdbc.sql("""
                        insert into shipment_event (shipment_id, event_id, source, reported_by, status, occurred_at,
                            recorded_at, effect, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(shipmentId.value(), eventId, source.name(), reportedBy, status.name(),
                        Shipments.timestamp(occurredAt), Shipments.timestamp(clock.instant()), effect.name(), note)
                .update();
    }

    public Optional<HistoryEntry> find(String eventId) {
        return jdbc.sql("select * from shipment_event where event_id = ?").param(eventId)
                .query(ShipmentHistory::entry).optional();
    }

    /** The shipment's story in the order things happened. */
    public List<HistoryEntry> of(ShipmentId shipmentId) {
        return jdbc.sql("select * from shipment_event where shipment_id = ? order by occurred_at, position")
                .param(shipmentId.value()).query(ShipmentHistory::entry).list();
    }

    private static HistoryEntry entry(ResultSet row, int number) throws SQLException {
        return new HistoryEntry(ShipmentId.of(row.getObject("shipment_id", UUID.class)), row.getString("event_id"),
                ReportSource.valueOf(row.getString("source")), ShipmentStatus.valueOf(row.getString("status")),
                Shipments.instant(row, "occurred_at"), Shipments.instant(row, "recorded_at"),
                Effect.valueOf(row.getString("effect")), row.getString("note"), row.getString("reported_by"));
    }
}
