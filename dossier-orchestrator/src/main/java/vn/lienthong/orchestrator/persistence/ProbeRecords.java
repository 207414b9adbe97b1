package vn.lienthong.orchestrator.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operators' probes as stored: when each was sent, and which service answered when. */
@Repository
public class ProbeRecords {

    private final JdbcClient jdbc;

    ProbeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID probeId, Instant sentAt) {
        jdbc.sql("insert into probe (id, sent_at) values (?, ?)").params(probeId, utc(sentAt)).update();
    }

    /** An answer to a probe this service sent; answers to unknown probes and repeated answers change nothing. */
    public void recordAnswer(UUID probeId, String service, Instant answeredAt) {
        jdbc.sql("""
                        insert into probe_answer (probe_id, service, answered_at)
                        select id, ?, ? from probe where id = ?
                        on conflict do nothing""")
                .params(service, utc(answeredAt), probeId)
                .update();
    }

    public Optional<Instant> sentAt(UUID probeId) {
        return jdbc.sql("select sent_at from probe where id = ?").param(probeId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    /** The services that answered, by name. */
    public Map<String, Instant> answers(UUID probeId) {
        Map<String, Instant> answers = new LinkedHashMap<>();
        jdbc.sql("select service, answered_at from probe_answer where probe_id = ? order by service")
                .param(probeId)
                .query((rs, n) -> answers.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return answers;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
