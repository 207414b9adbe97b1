package vn.lienthong.civilregistry.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.platform.domain.DossierId;

/**
 * Births of linked dossiers awaiting their personal ID number: a durable queue. A row is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so each is worked on by one worker at a time (also across replicas), and a
 * cancellation waits for the worker's call to end rather than racing it. When a call is due is decided by the
 * service's clock, not the database's, so a test that moves the clock moves the retries with it.
 */
@Repository
public class PendingRegistrations {

    /** One birth awaiting its number. */
    public record PendingRegistration(
            DossierId dossierId,
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
    private final Clock clock;

    PendingRegistrations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the birth, due at once. */
    public void add(PendingRegistration pending) {
        jdbc.sql("""
                        insert into pending_registration (dossier_id, dossier_code, unit_code, province_code, received_on,
                            declaration, child_identity, allocation_key, traceparent, next_attempt_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(pending.dossierId().value(), pending.dossierCode(), pending.unitCode(), pending.provinceCode(),
                        pending.receivedOn(), DeclarationJson.write(pending.declaration()), pending.childIdentity(),
                        pending.allocationKey(), pending.traceparent(), clockTime())
                .update();
    }

    public boolean exists(DossierId dossierId) {
        return jdbc.sql("select exists (select 1 from pending_registration where dossier_id = ?)")
                .param(dossierId.value()).query(Boolean.class).single();
    }

    public boolean existsForChild(String childIdentity) {
        return jdbc.sql("select exists (select 1 from pending_registration where child_identity = ?)")
                .param(childIdentity).query(Boolean.class).single();
    }

    /** Locks the birth whose next call is due first, skipping those another worker holds; call in a transaction. */
    public Optional<PendingRegistration> lockNextDue() {
        return jdbc.sql("""
                        select dossier_id, dossier_code, unit_code, province_code, received_on, declaration::text as declaration,
                            child_identity, allocation_key, attempts, traceparent
                        from pending_registration
                        where next_attempt_at <= ?
                        order by next_attempt_at
                        limit 1
                        for update skip locked""")
                .param(clockTime())
                .query(PendingRegistrations::map).optional();
    }

    /** Counts the failed call and makes the next one due after {@code wait}. */
    public void postpone(DossierId dossierId, Duration wait, String failure) {
        jdbc.sql("""
                        update pending_registration
                        set attempts = attempts + 1, next_attempt_at = ?, last_failure = ?
                        where dossier_id = ?""")
                .params(clockTime().plus(wait), failure, dossierId.value())
                .update();
    }

    /** Removes the birth from the queue; waits while a worker holds it. True when it was still there. */
    public boolean remove(DossierId dossierId) {
        return jdbc.sql("delete from pending_registration where dossier_id = ?").param(dossierId.value()).update() == 1;
    }

    public long count() {
        return jdbc.sql("select count(*) from pending_registration").query(Long.class).single();
    }

    private OffsetDateTime clockTime() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static PendingRegistration map(ResultSet rs, int row) throws SQLException {
        return new PendingRegistration(
                new DossierId(rs.getObject("dossier_id", UUID.class)),
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
