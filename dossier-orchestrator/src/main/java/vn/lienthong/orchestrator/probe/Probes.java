package vn.lienthong.orchestrator.probe;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.contracts.Topics;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.platform.messaging.Outbox;

/**
 * An operator's end-to-end check of the message path: a probe goes from this service's outbox to
 * every agency's commands topic, and each agency's answer comes back through its own outbox.
 */
@Component
public class Probes {

    /** Where probes go: every agency service's commands topic. */
    static final List<String> TARGETS = List.of(Topics.CIVIL_REGISTRY_COMMANDS, Topics.RESIDENCE_COMMANDS,
            Topics.HEALTH_INSURANCE_COMMANDS, Topics.DELIVERY_COMMANDS);

    private final JdbcClient jdbc;
    private final Outbox outbox;

    Probes(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    ProbeView send() {
        UUID id = UUID.randomUUID();
        Instant sentAt = Instant.now();
        jdbc.sql("insert into probe (id, sent_at) values (?, ?)").params(id, utc(sentAt)).update();
        TARGETS.forEach(topic -> outbox.append(topic, new Probe(id)));
        return ProbeView.of(id, sentAt, Map.of());
    }

    @Transactional
    public void record(ProbeAnswered answer) {
        jdbc.sql("""
                        insert into probe_answer (probe_id, service, answered_at)
                        select id, ?, ? from probe where id = ?
                        on conflict do nothing""")
                .params(answer.service(), utc(answer.answeredAt()), answer.dossierId())
                .update();
    }

    @Transactional(readOnly = true)
    Optional<ProbeView> find(UUID id) {
        return jdbc.sql("select sent_at from probe where id = ?").param(id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .map(sentAt -> {
                    Map<String, Instant> answers = new LinkedHashMap<>();
                    jdbc.sql("select service, answered_at from probe_answer where probe_id = ? order by service")
                            .param(id)
                            .query((rs, n) -> answers.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                            .list();
                    return ProbeView.of(id, sentAt, answers);
                });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A probe and the services that have answered it so far; complete once all have. */
    record ProbeView(UUID probeId, Instant sentAt, int expectedAnswers, Map<String, Instant> answers,
                     boolean complete) {
        static ProbeView of(UUID probeId, Instant sentAt, Map<String, Instant> answers) {
            return new ProbeView(probeId, sentAt, TARGETS.size(), answers, answers.size() == TARGETS.size());
        }
    }
}
