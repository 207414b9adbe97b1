package vn.lienthong.orchestrator.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Topic;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.orchestrator.persistence.ProbeRecords;
import vn.lienthong.platform.messaging.Outbox;

/**
 * An operator's end-to-end check of the message path: a probe goes from this service's outbox to
 * every agency's commands topic, and each agency's answer comes back through its own outbox.
 */
@Component
public class Probes {

    /** Where probes go: every agency service's commands topic. */
    static final List<Topic> TARGETS = Arrays.stream(Agency.values()).map(Agency::commands).toList();

    private final ProbeRecords records;
    private final Outbox outbox;
    private final Clock clock;

    Probes(ProbeRecords records, Outbox outbox, Clock clock) {
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProbeView send() {
        UUID id = UUID.randomUUID();
        Instant sentAt = clock.instant();
        records.insert(id, sentAt);
        TARGETS.forEach(topic -> outbox.append(topic, new Probe(id)));
        return ProbeView.of(id, sentAt, Map.of());
    }

    @Transactional
    public void record(ProbeAnswered answer) {
        records.recordAnswer(answer.dossierId(), answer.service(), answer.answeredAt());
    }

    @Transactional(readOnly = true)
    public Optional<ProbeView> find(UUID id) {
        return records.sentAt(id).map(sentAt -> ProbeView.of(id, sentAt, records.answers(id)));
    }

    /** A probe and the services that have answered it so far; complete once all have. */
    public record ProbeView(UUID probeId, Instant sentAt, int expectedAnswers, Map<String, Instant> answers,
                            boolean complete) {
        static ProbeView of(UUID probeId, Instant sentAt, Map<String, Instant> answers) {
            return new ProbeView(probeId, sentAt, TARGETS.size(), answers, answers.size() == TARGETS.size());
        }
    }
}
