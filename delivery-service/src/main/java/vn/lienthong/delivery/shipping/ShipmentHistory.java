package vn.lienthong.delivery.shipping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.delivery.shipment.Effect;
import vn.lienthong.delivery.shipment.ShipmentStatus;

/** Every report and record each shipment received, applied or not. */
@Component
public class ShipmentHistory {

    /** Who told us. */
    public enum Source { CARRIER, SIMULATED_CARRIER, OFFICER }

    /**
     * One report or record as kept. The note may name people: officers see it, the tracking view does not.
     *
     * @param reportedBy who sent it: the carrier's client, or the officer's username; null for the simulated carrier
     *                   and for what was recorded before callers were
     */
    public record Entry(UUID shipmentId, String eventId, Source source, ShipmentStatus status, Instant occurredAt,
                        Instant recordedAt, Effect effect, @Nullable String note, @Nullable String reportedBy) {
    }

    private final JdbcClient jdbc;

    ShipmentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID shipmentId, String eventId, Source source, @Nullable String reportedBy, ShipmentStatus status,
                Instant occurredAt, Effect effect, @Nullable String note) {
        jdbc.sql("""
                        insert into shipment_event (shipment_id, event_id, source, reported_by, status, occurred_at,
                            effect, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(shipmentId, eventId, source.name(), reportedBy, status.name(), Shipments.timestamp(occurredAt),
                        effect.name(), note)
                .update();
    }

    Optional<Entry> find(String eventId) {
        return jdbc.sql("select * from shipment_event where event_id = ?").param(eventId)
                .query(ShipmentHistory::entry).optional();
    }

    /** The shipment's story in the order things happened. */
    public List<Entry> of(UUID shipmentId) {
        return jdbc.sql("select * from shipment_event where shipment_id = ? order by occurred_at, position")
                .param(shipmentId).query(ShipmentHistory::entry).list();
    }

    private static Entry entry(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Entry(row.getObject("shipment_id", UUID.class), row.getString("event_id"),
                Source.valueOf(row.getString("source")), ShipmentStatus.valueOf(row.getString("status")),
                Shipments.instant(row, "occurred_at"), Shipments.instant(row, "recorded_at"),
                Effect.valueOf(row.getString("effect")), row.getString("note"), row.getString("reported_by"));
    }
}
