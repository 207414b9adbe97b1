package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** System test 7: 200 dossiers submitted concurrently all complete, each exactly once. */
class ConcurrentDossiersIT {

    private static final int DOSSIERS = 200;

    private final Actors actors = new Actors(RunningSystem.automatic());

    @Test
    void twoHundredDossiersSubmittedAtOnceAllCompleteEachExactlyOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Actors.Family family = actors.aFamily();
        List<Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            Map<String, Object> dossier = actors.aThreeInOneDossier(family, "Nguyễn Thị Đồng Loạt " + lettersFor(i),
                    today.minusDays(1 + i % 50));
            submissions.add(() -> actors.submit(dossier));
        }
        long started = System.nanoTime();
        List<String> codes = new ArrayList<>();
        try (ExecutorService desks = Executors.newFixedThreadPool(20)) {
            for (Future<String> code : desks.invokeAll(submissions)) {
                codes.add(code.get());
            }
        }
        long submitted = System.nanoTime();
        Set<String> open = new HashSet<>(codes);
        Map<String, Map<String, Object>> closed = new java.util.HashMap<>();
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (String code : List.copyOf(open)) {
                Map<String, Object> view = actors.dossier(code);
                if (Actors.CLOSED.contains(String.valueOf(view.get("status")))) {
                    open.remove(code);
                    closed.put(code, view);
                }
            }
            return open.isEmpty();
        });
        long finished = System.nanoTime();
        System.out.printf("system test 7: %d dossiers submitted in %.1f s, all closed after %.1f s%n", DOSSIERS,
                (submitted - started) / 1e9, (finished - started) / 1e9);

        assertThat(Set.copyOf(codes)).hasSize(DOSSIERS);
        assertThat(closed.values()).allSatisfy(view -> assertThat(view.get("status")).isEqualTo("COMPLETED"));
        Set<Object> personalIds = new HashSet<>();
        Set<Object> trackingNumbers = new HashSet<>();
        for (Map<String, Object> view : closed.values()) {
            personalIds.add(Actors.results(view).get("personalIdNumber"));
            trackingNumbers.add(Actors.part(Actors.results(view), "shipment").get("trackingNumber"));
        }
        assertThat(personalIds).hasSize(DOSSIERS);
        assertThat(trackingNumbers).hasSize(DOSSIERS);
        for (String code : codes.subList(0, 20)) {
            assertThat(actors.shipments(code)).hasSize(1);
            assertThat(actors.declarations(code)).hasSize(1);
        }
    }

    /** A distinct name part per number, in letters only (names refuse digits): 0 → "A", 25 → "Z", 26 → "Ba". */
    private static String lettersFor(int number) {
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }
}
