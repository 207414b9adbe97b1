package vn.lienthong.civilregistry.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.civilregistry.birth.BirthDeclaration;

/**
 * Births of linked dossiers awaiting their personal ID number: a durable queue. A row is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so each is worked on by one worker at a time (also across replicas), and a
 * cancellation waits for the worker's call to end rather than racing it.
 */
@Repository
class PendingRegistrations {

    /** One birth awaiting its number. */
    record PendingRegistration(
            UUID dossierId,
            @Nullable String dossierCode,
            String unitCode,
            String provinceCode,
            LocalDate receivedOn,
            BirthDeclaration declaration,
            String childIdentity,
            String allocationKey,
            int attempts,
            @Nullable String traceparent) {
    }

    private final JdbcClient jdbc;

    PendingRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(PendingRegistration pending) {
        jdbc.sql("""
                        insert into pending_registration (dossier_id, dossier_code, unit_code, province_code, received_on,
                            declaration, child_identity, allocation_key, traceparent)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(pending.dossierId(), pending.dossierCode(), pending.unitCode(), pending.provinceCode(),
                        pending.receivedOn(), DeclarationJson.write(pending.declaration()), pending.childIdentity(),
                        pending.allocationKey(), pending.traceparent())
                .update();
    }

    boolean exists(UUID dossierId) {
        return jdbc.sql("select exists (select 1 from pending_registration where dossier_id = ?)")
                .param(dossierId).query(Boolean.class).single();
    }

    boolean existsForChild(String childIdentity) {
        return jdbc.sql("select exists (select 1 from pending_registration where child_identity = ?)")
                .param(childIdentity).query(Boolean.class).single();
    }

    /** Locks the birth whose next call is due first, skipping those another worker holds; call in a transaction. */
    Optional<PendingRegistration> lockNextDue() {
        return jdbc.sql("""
                        select dossier_id, dossier_code, unit_code, province_code, received_on, declaration::text as declaration,
                            child_identity, allocation_key, attempts, traceparent
                        from pending_registration
                        where next_attempt_at <= now()
                        order by next_attempt_at
                        limit 1
                        for update skip locked""")
                .query(PendingRegistrations::map).optional();
    }

    void postpone(UUID dossierId, Duration wait, String failure) {
        jdbc.sql("""
                        update pending_registration
                        set attempts = attempts + 1, next_attempt_at = now() + cast(? as interval), last_failure = ?
                        where dossier_id = ?""")
                .params(wait.toMillis() + " milliseconds", failure, dossierId)
                .update();
    }

    /** Removes the birth from the queue; waits while a worker holds it. True when it was still there. */
    boolean remove(UUID dossierId) {
        return jdbc.sql("delete from pending_registration where dossier_id = ?").param(dossierId).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from pending_registration").query(Long.class).single();
    }

    private static PendingRegistration map(ResultSet rs, int row) throws SQLException {
        return new PendingRegistration(
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getString("unit_code"),
                rs.getString("province_code"),
                rs.getObject("received_on", LocalDate.class),
                DeclarationJson.read(rs.getString("declaration")),
                rs.getString("child_identity"),
                rs.getString("allocation_key"),
                rs.getInt("attempts"),
                rs.getString("traceparent"));
    }
}
