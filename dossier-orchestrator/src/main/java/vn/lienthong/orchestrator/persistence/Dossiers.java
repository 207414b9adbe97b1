package vn.lienthong.orchestrator.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.orchestrator.domain.DossierCode;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.orchestrator.domain.StepStatus;
import vn.lienthong.platform.domain.DossierId;

/**
 * Stored dossiers: the saga state as a versioned JSON document ({@link SagaDocuments}) beside the columns officers
 * sort and filter by.
 */
@Repository
public class Dossiers {

    private final JdbcClient jdbc;

    Dossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rule 6: the next number of the unit's day; the row lock is held to commit, so numbers have no gaps. */
    public int nextNumber(String unitCode, LocalDate receiptDay) {
        return jdbc.sql("""
                        insert into dossier_sequence (unit_code, receipt_day, last_number) values (?, ?, 1)
                        on conflict (unit_code, receipt_day) do update set last_number = dossier_sequence.last_number + 1
                        returning last_number""")
                .params(unitCode, receiptDay)
                .query(Integer.class).single();
    }

    public void insert(Saga saga, Instant now) {
        jdbc.sql("""
                        insert into dossier (id, code, unit_code, status, received_at, due_date, due_date_provisional,
                                             timeliness, results_left, state, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(saga.dossierId().value(), saga.dossierCode().value(), saga.application().unitCode(), saga.status().name(),
                        utc(saga.receivedAt()), saga.dueDate(), saga.dueDateProvisional(), timeliness(saga),
                        resultsLeft(saga), SagaDocuments.write(saga), utc(now))
                .update();
    }

    public void update(Saga saga, Instant now) {
        jdbc.sql("""
                        update dossier set status = ?, timeliness = ?, results_left = ?, state = ?::jsonb, updated_at = ?
                        where id = ?""")
                .params(saga.status().name(), timeliness(saga), resultsLeft(saga), SagaDocuments.write(saga),
                        utc(now), saga.dossierId().value())
                .update();
    }

    /** The dossier, locked until the transaction ends: replies, officers and timers take turns. */
    public Optional<Saga> lock(DossierId dossierId) {
        return jdbc.sql("select state from dossier where id = ? for update").param(dossierId.value())
                .query((rs, n) -> SagaDocuments.read(rs.getString(1))).optional();
    }

    public Optional<Saga> lock(DossierCode code) {
        return jdbc.sql("select state from dossier where code = ? for update").param(code.value())
                .query((rs, n) -> SagaDocuments.read(rs.getString(1))).optional();
    }

    public Optional<Saga> find(DossierCode code) {
        return jdbc.sql("select state from dossier where code = ?").param(code.value())
                .query((rs, n) -> SagaDocuments.read(rs.getString(1))).optional();
    }

    /** Officers' work list: overdue first, then by due date. */
    public List<Saga> worklist(@Nullable String unitCode, @Nullable String status, @Nullable LocalDate dueBefore,
                               LocalDate today, int limit) {
        return jdbc.sql("""
                        select state from dossier
                        where (cast(:unit as text) is null or unit_code = :unit)
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:dueBefore as date) is null or due_date <= :dueBefore)
                        order by (due_date < :today and not results_left) desc, due_date, code
                        limit :limit""")
                .param("unit", unitCode).param("status", status).param("dueBefore", dueBefore)
                .param("today", today).param("limit", limit)
                .query((rs, n) -> SagaDocuments.read(rs.getString(1))).list();
    }

    public record IntakeRecord(String requestHash, DossierId dossierId, String householdCheck) {
    }

    public Optional<IntakeRecord> intake(String idempotencyKey) {
        return jdbc.sql("select request_hash, dossier_id, household_check from intake_request where idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, n) -> new IntakeRecord(rs.getString(1), DossierId.of(rs.getObject(2, UUID.class)),
                        rs.getString(3)))
                .optional();
    }

    public void rememberIntake(String idempotencyKey, String requestHash, DossierId dossierId,
                               String householdCheck, Instant now) {
        jdbc.sql("""
                        insert into intake_request (idempotency_key, request_hash, dossier_id, household_check, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(idempotencyKey, requestHash, dossierId.value(), householdCheck, utc(now)).update();
    }

    public Optional<Saga> find(DossierId dossierId) {
        return jdbc.sql("select state from dossier where id = ?").param(dossierId.value())
                .query((rs, n) -> SagaDocuments.read(rs.getString(1))).optional();
    }

    public record TimelineLine(Instant at, String what, @Nullable String procedure, @Nullable String causedBy,
                               @Nullable UUID messageId, @Nullable String sent) {
    }

    public void addTimeline(DossierId dossierId, Instant at, String what, @Nullable Procedure procedure,
                            @Nullable String causedBy, @Nullable UUID messageId, @Nullable String sent) {
        jdbc.sql("""
                        insert into dossier_timeline (dossier_id, at, what, procedure, caused_by, message_id, sent)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId.value(), utc(at), what, procedure == null ? null : procedure.name(), causedBy, messageId,
                        sent)
                .update();
    }

    public List<TimelineLine> timeline(DossierId dossierId) {
        return jdbc.sql("select at, what, procedure, caused_by, message_id, sent from dossier_timeline "
                        + "where dossier_id = ? order by id")
                .param(dossierId.value())
                .query((rs, n) -> new TimelineLine(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getString(6)))
                .list();
    }

    /** Counts for the operators' gauges. */
    public long countByStatus(String status) {
        return jdbc.sql("select count(*) from dossier where status = ?").param(status).query(Long.class).single();
    }

    public long countOverdue(LocalDate today) {
        return jdbc.sql("select count(*) from dossier where not results_left and due_date < ? and status not in "
                        + "('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN')")
                .param(today).query(Long.class).single();
    }

    public long countAtRisk(LocalDate today, LocalDate horizon) {
        return jdbc.sql("select count(*) from dossier where not results_left and due_date between ? and ? and status "
                        + "not in ('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN')")
                .params(today, horizon).query(Long.class).single();
    }

    private static boolean resultsLeft(Saga saga) {
        return saga.step(Procedure.RESULTS_DELIVERY).map(s -> s.status() != StepStatus.WAITING).orElse(false);
    }

    private static @Nullable String timeliness(Saga saga) {
        return saga.timeliness() == null ? null : saga.timeliness().name();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
