package vn.lienthong.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.delivery.domain.postage.Postage;
import vn.lienthong.delivery.domain.shipment.Recipient;
import vn.lienthong.delivery.domain.shipment.Shipment;
import vn.lienthong.delivery.domain.shipment.ShipmentId;
import vn.lienthong.delivery.domain.shipment.ShipmentStatus;
import vn.lienthong.delivery.domain.tracking.TrackingNumber;
import vn.lienthong.platform.domain.DossierId;

/** The shipments, in table {@code shipment} with their documents in {@code shipment_document}. */
@Component
public class Shipments {

    /** The statuses in which a shipment waits for its unit; the work list of commune staff and the desk. */
    private static final List<String> AWAITING_UNIT = Arrays.stream(ShipmentStatus.values())
            .filter(ShipmentStatus::awaitsUnit).map(Enum::name).toList();

    private final JdbcClient jdbc;

    Shipments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Shipment s) {
        jdbc.sql("""
                        insert into shipment (id, dossier_id, dossier_code, unit_code, province_code, method,
                            tracking_number, recipient_name, address, phone, beneficiary_category,
                            beneficiary_certificate, rate, fee, fee_waived_by, status, attempts, visit_date,
                            created_at, status_changed_at, last_event_at, delivered_at, received_by, returned_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id().value(), s.dossierId().value(), s.dossierCode(), s.unitCode(), s.provinceCode(),
                        s.method().name(),
                        s.trackingNumber() == null ? null : s.trackingNumber().value(), s.recipient().name(),
                        s.recipient().address(), s.recipient().phone(),
                        s.beneficiary() == null ? null : s.beneficiary().category(),
                        s.beneficiary() == null ? null : s.beneficiary().certificateNumber(),
                        s.postage().rate(), s.postage().fee(), s.postage().waivedBy(), s.status().name(), s.attempts(),
                        s.visitDate(), timestamp(s.createdAt()), timestamp(s.statusChangedAt()),
                        timestamp(s.lastEventAt()), timestamp(s.deliveredAt()), s.receivedBy(), timestamp(s.returnedAt()))
                .update();
        List<ResultDocument> documents = s.documents();
        for (int position = 0; position < documents.size(); position++) {
            jdbc.sql("insert into shipment_document (shipment_id, position, kind, reference) values (?, ?, ?, ?)")
                    .params(s.id().value(), position, documents.get(position).kind(),
                            documents.get(position).reference())
                    .update();
        }
    }

    /** Writes what transitions change; the rest of a shipment never changes. */
    public void update(Shipment s) {
        jdbc.sql("""
                        update shipment set status = ?, attempts = ?, visit_date = ?, status_changed_at = ?,
                            last_event_at = ?, delivered_at = ?, received_by = ?, returned_at = ?
                        where id = ?""")
                .params(s.status().name(), s.attempts(), s.visitDate(), timestamp(s.statusChangedAt()),
                        timestamp(s.lastEventAt()), timestamp(s.deliveredAt()), s.receivedBy(),
                        timestamp(s.returnedAt()), s.id().value())
                .update();
    }

    public Optional<Shipment> find(ShipmentId id) {
        return one("select * from shipment where id = ?", id.value());
    }

    /** The shipment, locked until the transaction ends, so that its reports and records take turns. */
    public Optional<Shipment> lock(ShipmentId id) {
        return one("select * from shipment where id = ? for update", id.value());
    }

    public Optional<Shipment> findByDossier(DossierId dossierId) {
        return one("select * from shipment where dossier_id = ?", dossierId.value());
    }

    /** The newest shipment with this number (a number may be issued again after 12 months). */
    public Optional<Shipment> findByTrackingNumber(TrackingNumber number) {
        return one("select * from shipment where tracking_number = ? order by created_at desc limit 1", number.value());
    }

    public Optional<Shipment> lockByTrackingNumber(TrackingNumber number) {
        return one("select * from shipment where tracking_number = ? order by created_at desc limit 1 for update",
                number.value());
    }

    /** The shipment of a dossier, by its ID or its code (both given: both must match). */
    public List<Shipment> findByDossier(@Nullable DossierId dossierId, @Nullable String dossierCode) {
        var query = jdbc.sql("""
                        select * from shipment
                        where (cast(:dossierId as uuid) is null or dossier_id = cast(:dossierId as uuid))
                          and (cast(:dossierCode as text) is null or dossier_code = cast(:dossierCode as text))
                        order by created_at limit 10""")
                .param("dossierId", dossierId == null ? null : dossierId.value().toString())
                .param("dossierCode", dossierCode);
        return query.query(this::shipment).list();
    }

    /** A unit's shipments, oldest first; with {@code awaitingAction}, only those waiting for the unit to act. */
    public List<Shipment> findByUnit(String unitCode, boolean awaitingAction, int limit) {
        String sql = "select * from shipment where unit_code = :unitCode"
                + (awaitingAction ? " and status in (:awaiting)" : "")
                + " order by visit_date nulls last, created_at limit :limit";
        return jdbc.sql(sql).param("unitCode", unitCode).param("awaiting", AWAITING_UNIT).param("limit", limit)
                .query(this::shipment).list();
    }

    /** Postal shipments on their way whose status has not changed since {@code before}, oldest first. */
    public List<Shipment> onTheWaySince(Instant before, int limit) {
        return jdbc.sql("""
                        select * from shipment
                        where method = 'POST'
                          and status in ('CREATED', 'HANDED_TO_CARRIER', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT')
                          and status_changed_at <= ?
                        order by status_changed_at limit ?""")
                .params(timestamp(before), limit)
                .query(this::shipment).list();
    }

    /** How many shipments stand in each method and status, keyed {@code METHOD/STATUS}. */
    public Map<String, Long> countByMethodAndStatus() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select method, status, count(*) as shipments from shipment group by method, status")
                .query((row, n) -> counts.put(row.getString("method") + "/" + row.getString("status"),
                        row.getLong("shipments")))
                .list();
        return counts;
    }

    private Optional<Shipment> one(String sql, Object key) {
        return jdbc.sql(sql).param(key).query(this::shipment).optional();
    }

    private Shipment shipment(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        String category = row.getString("beneficiary_category");
        String trackingNumber = row.getString("tracking_number");
        LocalDate visitDate = row.getObject("visit_date", LocalDate.class);
        return new Shipment(ShipmentId.of(id), DossierId.of(row.getObject("dossier_id", UUID.class)),
                row.getString("dossier_code"),
                row.getString("unit_code"), row.getString("province_code"),
                DeliveryMethod.valueOf(row.getString("method")),
                trackingNumber == null ? null : new TrackingNumber(trackingNumber),
                new Recipient(row.getString("recipient_name"), row.getString("address"), row.getString("phone")),
                category == null ? null : new Beneficiary(category, row.getString("beneficiary_certificate")),
                documents(id),
                new Postage(row.getBigDecimal("rate"), row.getBigDecimal("fee"), row.getString("fee_waived_by")),
                ShipmentStatus.valueOf(row.getString("status")), row.getInt("attempts"), visitDate,
                instant(row, "created_at"), instant(row, "status_changed_at"), instant(row, "last_event_at"),
                instant(row, "delivered_at"), row.getString("received_by"), instant(row, "returned_at"));
    }

    private List<ResultDocument> documents(UUID shipmentId) {
        return new ArrayList<>(jdbc.sql("select kind, reference from shipment_document where shipment_id = ? order by position")
                .param(shipmentId)
                .query((row, n) -> new ResultDocument(row.getString("kind"), row.getString("reference"))).list());
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
