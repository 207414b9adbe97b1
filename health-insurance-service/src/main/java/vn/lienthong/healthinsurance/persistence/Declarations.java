package vn.lienthong.healthinsurance.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.healthinsurance.domain.declaration.DecidedBy;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationId;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationQuery;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationStatus;
import vn.lienthong.healthinsurance.domain.declaration.DeclaredChild;
import vn.lienthong.healthinsurance.domain.declaration.Supplement;
import vn.lienthong.platform.domain.DossierId;

/** The declarations, one row each, with the supplements handed in for them. */
@Repository
public class Declarations {

    /** How many declarations wait, for the gauges. */
    public record OpenCounts(long pending, long awaitingSupplement, long overdue) {
    }

    private final JdbcClient jdbc;

    Declarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Declaration> find(DeclarationId id) {
        return jdbc.sql("select * from declarations where id = ?").param(id.value()).query(Declarations::declaration).optional();
    }

    /** The declaration, locked until the transaction ends, so a decision and a cancellation cannot cross. */
    public Optional<Declaration> lock(DeclarationId id) {
        return jdbc.sql("select * from declarations where id = ? for update").param(id.value())
                .query(Declarations::declaration).optional();
    }

    public Optional<Declaration> lockOfDossier(DossierId dossierId) {
        return jdbc.sql("select * from declarations where dossier_id = ? for update").param(dossierId.value())
                .query(Declarations::declaration).optional();
    }

    /**
     * Holds the dossier until the transaction ends, whether or not it has a declaration yet: a command and a
     * withdrawal of the same dossier cannot cross, even before either has written a row to lock.
     */
    public void lockDossier(DossierId dossierId) {
        UUID id = dossierId.value();
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                .query((row, n) -> true).single();
    }

    /** Most urgent first: earliest due date, then earliest received. */
    public List<Declaration> search(DeclarationQuery query) {
        StringBuilder sql = new StringBuilder("select * from declarations where true");
        List<Object> params = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" and status = ?");
            params.add(query.status().name());
        }
        if (query.province() != null) {
            DeclarationQuery.Province province = query.province();
            sql.append(" and (unit_code = any(?) or (unit_code <> all(?) and province_code = ?))");
            params.add(province.unitCodes().toArray(String[]::new));
            params.add(province.knownUnitCodes().toArray(String[]::new));
            params.add(province.code());
        }
        if (query.unitCode() != null) {
            sql.append(" and unit_code = ?");
            params.add(query.unitCode());
        }
        if (query.dueBefore() != null) {
            sql.append(" and due_date < ?");
            params.add(query.dueBefore());
        }
        if (query.dossierCode() != null) {
            sql.append(" and dossier_code = ?");
            params.add(query.dossierCode());
        }
        sql.append(" order by due_date, received_at limit ?");
        params.add(query.limit());
        return jdbc.sql(sql.toString()).params(params).query(Declarations::declaration).list();
    }

    public void insert(Declaration d) {
        jdbc.sql("""
                        insert into declarations (id, dossier_id, dossier_code, unit_code, personal_id_number, full_name,
                            sex, date_of_birth, province_code, commune, requested_facility_code, birth_registered_on,
                            due_date, due_date_provisional, received_at, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(d.id().value(), d.dossierId().value(), d.dossierCode(), d.unitCode(), d.child().personalIdNumber(),
                        d.child().fullName(), d.child().sex().name(), d.child().dateOfBirth(), d.provinceCode(),
                        d.commune(), d.requestedFacilityCode(), d.birthRegisteredOn(), d.dueDate(),
                        d.dueDateProvisional(), timestamp(d.receivedAt()))
                .update();
        if (d.status() != DeclarationStatus.PENDING) {
            update(d);
        }
    }

    /** Writes what a declaration's life changes: status, decision, supplement request, cancellation, due date. */
    public void update(Declaration d) {
        var request = d.supplementRequest();
        var refusal = d.refusal();
        var cancellation = d.cancellation();
        jdbc.sql("""
                        update declarations set status = ?, decided_at = ?, decided_by = ?, decided_by_officer = ?,
                            card_number = ?, refusal_code = ?, refusal_message = ?, missing_items = ?, supplement_note = ?,
                            supplement_requested_at = ?, cancellation_reason = ?, cancelled_at = ?,
                            due_date = ?, due_date_provisional = ?
                        where id = ?""")
                .params(d.status().name(), timestamp(d.decidedAt()), d.decidedBy() == null ? null : d.decidedBy().name(),
                        d.decidingOfficer(), d.cardNumber(), refusal == null ? null : refusal.code(),
                        refusal == null ? null : refusal.message(),
                        request == null ? null : request.missingItems().toArray(String[]::new),
                        request == null ? null : request.note(), request == null ? null : timestamp(request.requestedAt()),
                        cancellation == null ? null : cancellation.reason(),
                        cancellation == null ? null : timestamp(cancellation.cancelledAt()),
                        d.dueDate(), d.dueDateProvisional(), d.id().value())
                .update();
    }

    public void addSupplement(DeclarationId declarationId, Supplement supplement) {
        long supplementId = jdbc.sql("insert into supplements (declaration_id, received_at, note) values (?, ?, ?) returning id")
                .params(declarationId.value(), timestamp(supplement.receivedAt()), supplement.note())
                .query(Long.class).single();
        for (int position = 0; position < supplement.documents().size(); position++) {
            Document document = supplement.documents().get(position);
            jdbc.sql("insert into supplement_documents (supplement_id, position, name, reference) values (?, ?, ?, ?)")
                    .params(supplementId, position, document.name(), document.reference())
                    .update();
        }
    }

    /** The supplements handed in for each of the declarations, oldest first. */
    public Map<DeclarationId, List<Supplement>> supplementsOf(Collection<DeclarationId> declarationIds) {
        record Row(DeclarationId declarationId, long id, Instant receivedAt, @Nullable String note,
                   @Nullable Document document) {
        }
        List<Row> rows = jdbc.sql("""
                        select s.declaration_id, s.id, s.received_at, s.note, d.name, d.reference
                        from supplements s left join supplement_documents d on d.supplement_id = s.id
                        where s.declaration_id = any(?) order by s.received_at, s.id, d.position""")
                .param(declarationIds.stream().map(DeclarationId::value).toArray(UUID[]::new))
                .query((row, n) -> new Row(new DeclarationId(row.getObject("declaration_id", UUID.class)),
                        row.getLong("id"), instant(row, "received_at"), row.getString("note"),
                        row.getString("name") == null ? null : new Document(row.getString("name"), row.getString("reference"))))
                .list();
        Map<DeclarationId, List<Supplement>> result = new HashMap<>();
        Map<Long, List<Row>> bySupplement = new LinkedHashMap<>();
        rows.forEach(row -> bySupplement.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        bySupplement.values().forEach(group -> {
            Row first = group.getFirst();
            List<Document> documents = group.stream().map(Row::document).filter(Objects::nonNull).toList();
            result.computeIfAbsent(first.declarationId(), id -> new ArrayList<>())
                    .add(new Supplement(first.receivedAt(), first.note(), documents));
        });
        return result;
    }

    public OpenCounts openCounts(LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'PENDING') as pending,
                               count(*) filter (where status = 'AWAITING_SUPPLEMENT') as awaiting,
                               count(*) filter (where status = 'PENDING' and due_date < ?) as overdue
                        from declarations where status in ('PENDING', 'AWAITING_SUPPLEMENT')""")
                .param(today)
                .query((row, n) -> new OpenCounts(row.getLong("pending"), row.getLong("awaiting"), row.getLong("overdue")))
                .single();
    }

    private static Declaration declaration(ResultSet row, int rowNumber) throws SQLException {
        String refusalCode = row.getString("refusal_code");
        Array missing = row.getArray("missing_items");
        Instant requestedAt = nullableInstant(row, "supplement_requested_at");
        Instant cancelledAt = nullableInstant(row, "cancelled_at");
        String decidedBy = row.getString("decided_by");
        return new Declaration(
                new DeclarationId(row.getObject("id", UUID.class)),
                new DossierId(row.getObject("dossier_id", UUID.class)),
                row.getString("dossier_code"),
                row.getString("unit_code"),
                new DeclaredChild(row.getString("personal_id_number"), row.getString("full_name"),
                        Sex.valueOf(row.getString("sex")), row.getObject("date_of_birth", LocalDate.class)),
                row.getString("province_code"),
                row.getString("commune"),
                row.getString("requested_facility_code"),
                row.getObject("birth_registered_on", LocalDate.class),
                row.getObject("due_date", LocalDate.class),
                row.getBoolean("due_date_provisional"),
                instant(row, "received_at"),
                DeclarationStatus.valueOf(row.getString("status")),
                nullableInstant(row, "decided_at"),
                decidedBy == null ? null : DecidedBy.valueOf(decidedBy),
                row.getString("decided_by_officer"),
                row.getString("card_number"),
                refusalCode == null ? null : new Refusal(refusalCode, row.getString("refusal_message")),
                missing == null || requestedAt == null ? null : new Declaration.SupplementRequest(
                        Arrays.asList((String[]) missing.getArray()), row.getString("supplement_note"), requestedAt),
                cancelledAt == null ? null : new Declaration.Cancellation(row.getString("cancellation_reason"), cancelledAt));
    }

    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
