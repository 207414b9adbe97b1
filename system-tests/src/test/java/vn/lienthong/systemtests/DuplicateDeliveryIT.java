package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** System test 6: every Kafka message of a dossier delivered twice → no second record, card or shipment. */
class DuplicateDeliveryIT {

    private final RunningSystem system = RunningSystem.automatic();
    private final Actors actors = new Actors(system);

    @Test
    void everyMessageDeliveredTwiceChangesNothingTwice() throws Exception {
        LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(9);
        long duplicatesBefore = duplicatesDropped();
        String code;
        int duplicated;
        try (Duplicator duplicator = new Duplicator(system.bootstrapServers())) {
            code = actors.submit(actors.aThreeInOneDossier(actors.aFamily(), "Hoàng Thị Song Sinh", born));
            Map<String, Object> done = actors.awaitStatus(code, "COMPLETED", "PARTIALLY_COMPLETED", "REFUSED");
            assertThat(done.get("status")).isEqualTo("COMPLETED");
            // Every command and event of the dossier went through twice: at least the 8 of a 3-in-1 dossier
            // (4 commands, and a reply to each).
            await().atMost(Duration.ofSeconds(30)).until(() -> duplicator.duplicated() >= 8);
            duplicated = duplicator.duplicated();
        }
        // Each copy reached its consumer and was recognised by its inbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesDropped() - duplicatesBefore >= duplicated);

        assertThat(actors.residenceApplications(code)).hasSize(1);
        assertThat(actors.declarations(code)).hasSize(1);
        assertThat(actors.shipments(code)).hasSize(1);
        List<Map<String, Object>> timeline = system.client("dossier-orchestrator", Actors.DESK).get()
                .uri("/api/v1/dossiers/{code}/timeline", code).retrieve().body(Actors.LIST);
        assertThat(timeline).filteredOn(line -> "done".equals(line.get("what"))).hasSize(3);
        assertThat(timeline).filteredOn(line -> "started".equals(line.get("what"))).hasSize(4);
        assertThat(actors.dossier(code)).containsEntry("status", "COMPLETED");
    }

    /** Records the services' inboxes recognised as already processed, summed over the five services. */
    private long duplicatesDropped() {
        long total = 0;
        for (String service : system.serviceNames()) {
            String metrics = system.clientAs(service, "prometheus").get().uri("/actuator/prometheus").retrieve().body(String.class);
            total += metrics.lines()
                    .filter(line -> line.startsWith("messaging_messages_received_total{")
                            && line.contains("outcome=\"duplicate\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
        return total;
    }
}
