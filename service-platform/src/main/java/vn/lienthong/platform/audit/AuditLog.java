package vn.lienthong.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in this service's database (schema {@code audit}, its own Flyway history). Appending takes a
 * transaction-scoped lock, so records chain in commit order even with many writers; the lock is held only from
 * the moment the record is written until its transaction commits.
 */
public class AuditLog {

    public static final String SCHEMA = "audit";
    /** Any constant: the key of the advisory lock that orders appends. */
    private static final long CHAIN_LOCK = 0x61756469744c6f67L;

    /** What the verification found. */
    public record Verification(boolean valid, long records, @Nullable Long firstBrokenRecord) {
    }

    /** Filters for the auditor's list; null means any. */
    public record Filter(@Nullable String username, @Nullable String resource, @Nullable Instant from,
                         @Nullable Instant to, int limit) {
    }

    private final JdbcClient jdbc;

    AuditLog(DataSource dataSource, JdbcClient jdbc) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/audit").load().migrate();
        this.jdbc = jdbc;
    }

    /** Appends a record in the current transaction (it refuses to run outside one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord append(AuditRecord record) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        String previous = jdbc.sql("select hash from audit.events order by seq desc limit 1")
                .query(String.class).optional().orElse(null);
        long seq = jdbc.sql("select nextval('audit.events_seq')").query(Long.class).single();
        AuditRecord chained = record.chained(seq, previous);
        jdbc.sql("""
                        insert into audit.events (seq, occurred_at, username, roles, unit_code, client_id, action,
                                                  resource, outcome, trace_id, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(chained.seq(), Timestamp.from(chained.occurredAt()), chained.username(), chained.roles(),
                        chained.unitCode(), chained.clientId(), chained.action(), chained.resource(),
                        chained.outcome().name(), chained.traceId(), chained.previousHash(), chained.hash())
                .update();
        return chained;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> search(Filter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from audit.events where true");
        if (filter.username() != null) {
            sql.append(" and username = ?");
            params.add(filter.username());
        }
        if (filter.resource() != null) {
            sql.append(" and strpos(resource, ?) > 0");
            params.add(filter.resource());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        sql.append(" order by seq desc limit ?");
        params.add(filter.limit());
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> read(rs)).list();
    }

    /** Walks the whole chain in order: each record's hash must match its fields, and name its predecessor's. */
    @Transactional(readOnly = true)
    public Verification verify() {
        var walk = new Object() {
            long records;
            @Nullable String previousHash;
            @Nullable Long firstBroken;
        };
        jdbc.sql("select * from audit.events order by seq").query(rs -> {
            AuditRecord record = read(rs);
            walk.records++;
            boolean linked = walk.records == 1 ? record.previousHash() == null
                    : record.previousHash() != null && record.previousHash().equals(walk.previousHash);
            if (walk.firstBroken == null && !(linked && record.intact())) {
                walk.firstBroken = record.seq();
            }
            walk.previousHash = record.hash();
        });
        return new Verification(walk.firstBroken == null, walk.records, walk.firstBroken);
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("roles"), rs.getString("unit_code"), rs.getString("client_id"),
                rs.getString("action"), rs.getString("resource"), AuditRecord.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("trace_id"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
