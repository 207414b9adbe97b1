package vn.lienthong.orchestrator.dossier;

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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.saga.Procedure;
import vn.lienthong.orchestrator.saga.Saga;
import vn.lienthong.orchestrator.saga.StepStatus;

/** Stored dossiers: the saga state as a JSON document beside the columns officers sort and filter by. */
@Repository
class Dossiers {

    // The state document's own mapper, so web settings never change what is stored.
    private static final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    Dossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rule 6: the next number of the unit's day; the row lock is held to commit, so numbers have no gaps. */
    int nextNumber(String unitCode, LocalDate receiptDay) {
        return jdbc.sql("""
                        insert into dossier_sequence (unit_code, receipt_day, last_number) values (?, ?, 1)
                        on conflict (unit_code, receipt_day) do update set last_number = dossier_sequence.last_number + 1
                        returning last_number""")
                .params(unitCode, receiptDay)
                .query(Integer.class).single();
    }

    void insert(Saga saga, Instant now) {
        jdbc.sql("""
                        insert into dossier (id, code, unit_code, status, received_at, due_date, due_date_provisional,
                                             timeliness, results_left, state, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(saga.dossierId(), saga.dossierCode(), saga.application().unitCode(), saga.status().name(),
                        utc(saga.receivedAt()), saga.dueDate(), saga.dueDateProvisional(), timeliness(saga),
                        resultsLeft(saga), json.writeValueAsString(saga), utc(now))
                .update();
    }

    void update(Saga saga, Instant now) {
        jdbc.sql("""
                        update dossier set status = ?, timeliness = ?, results_left = ?, state = ?::jsonb, updated_at = ?
                        where id = ?""")
                .params(saga.status().name(), timeliness(saga), resultsLeft(saga), json.writeValueAsString(saga),
                        utc(now), saga.dossierId())
                .update();
    }

    /** The dossier, locked until the transaction ends: replies, officers and timers take turns. */
    Optional<Saga> lock(UUID dossierId) {
        return jdbc.sql("select state from dossier where id = ? for update").param(dossierId)
                .query((rs, n) -> json.readValue(rs.getString(1), Saga.class)).optional();
    }

    Optional<Saga> lock(String code) {
        return jdbc.sql("select state from dossier where code = ? for update").param(code)
                .query((rs, n) -> json.readValue(rs.getString(1), Saga.class)).optional();
    }

    Optional<Saga> find(String code) {
        return jdbc.sql("select state from dossier where code = ?").param(code)
                .query((rs, n) -> json.readValue(rs.getString(1), Saga.class)).optional();
    }

    /** Officers' work list: overdue first, then by due date. */
    List<Saga> worklist(@Nullable String unitCode, @Nullable String status, @Nullable LocalDate dueBefore,
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
                .query((rs, n) -> json.readValue(rs.getString(1), Saga.class)).list();
    }

    record IntakeRecord(String requestHash, UUID dossierId, String householdCheck) {
    }

    Optional<IntakeRecord> intake(String idempotencyKey) {
        return jdbc.sql("select request_hash, dossier_id, household_check from intake_request where idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, n) -> new IntakeRecord(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional();
    }

    void rememberIntake(String idempotencyKey, String requestHash, UUID dossierId, String householdCheck,
                        Instant now) {
        jdbc.sql("""
                        insert into intake_request (idempotency_key, request_hash, dossier_id, household_check, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(idempotencyKey, requestHash, dossierId, householdCheck, utc(now)).update();
    }

    Optional<Saga> find(UUID dossierId) {
        return jdbc.sql("select state from dossier where id = ?").param(dossierId)
                .query((rs, n) -> json.readValue(rs.getString(1), Saga.class)).optional();
    }

    record TimelineLine(Instant at, String what, @Nullable String procedure, @Nullable String causedBy,
                        @Nullable UUID messageId, @Nullable String sent) {
    }

    void addTimeline(UUID dossierId, Instant at, String what, @Nullable Procedure procedure,
                     @Nullable String causedBy, @Nullable UUID messageId, @Nullable String sent) {
        jdbc.sql("""
                        insert into dossier_timeline (dossier_id, at, what, procedure, caused_by, message_id, sent)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, utc(at), what, procedure == null ? null : procedure.name(), causedBy, messageId,
                        sent)
                .update();
    }

    List<TimelineLine> timeline(UUID dossierId) {
        return jdbc.sql("select at, what, procedure, caused_by, message_id, sent from dossier_timeline "
                        + "where dossier_id = ? order by id")
                .param(dossierId)
                .query((rs, n) -> new TimelineLine(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getString(6)))
                .list();
    }

    /** Counts for the operators' gauges. */
    long countByStatus(String status) {
        return jdbc.sql("select count(*) from dossier where status = ?").param(status).query(Long.class).single();
    }

    long countOverdue(LocalDate today) {
        return jdbc.sql("select count(*) from dossier where not results_left and due_date < ? and status not in "
                        + "('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN')")
                .param(today).query(Long.class).single();
    }

    long countAtRisk(LocalDate today, LocalDate horizon) {
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
