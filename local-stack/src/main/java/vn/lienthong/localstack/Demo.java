package vn.lienthong.localstack;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.identity.client.LoginFlow;

/**
 * {@code --demo=N}: files N sample dossiers at the desk, through the public APIs only, and prints each status
 * change until every dossier is closed, then how long they took.
 */
final class Demo {

    private static final String UNIT = "000.26.45.H26";
    private static final String[] GIVEN_NAMES = {"An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hoa", "Lan", "Linh",
            "Mai", "Ngọc", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Vân", "Yến"};

    private Demo() {
    }

    static void run(URI issuer, String residenceUrl, String orchestratorUrl, int count) {
        // The demo signs in as the unit's police (to make a household) and its desk officer, through the login form.
        RestClient residence = signedIn(residenceUrl, issuer, "police." + UNIT.toLowerCase(Locale.ROOT));
        RestClient desk = signedIn(orchestratorUrl, issuer, "desk." + UNIT.toLowerCase(Locale.ROOT));
        // A mother born 1994 in Hà Nội (rule 1: 001, century/sex digit 1, year 94) heads a new household.
        String mother = "001194" + "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        Map<?, ?> household = residence.post().uri("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                .body(SampleDossiers.household("001", "Phường Đức Giang", mother)).retrieve().body(Map.class);
        String householdNumber = String.valueOf(household.get("householdNumber"));
        System.out.printf("demo: household %s created; filing %d dossiers at unit %s%n", householdNumber, count, UNIT);

        Map<String, Instant> submitted = new LinkedHashMap<>();
        Map<String, String> lastStatus = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            // Names are letters only (the desk refuses digits); two given names and the birth date keep them apart.
            String name = "Nguyễn " + GIVEN_NAMES[(i / GIVEN_NAMES.length) % GIVEN_NAMES.length] + " "
                    + GIVEN_NAMES[i % GIVEN_NAMES.length];
            Map<String, Object> dossier = SampleDossiers.threeInOne(UNIT, householdNumber, mother, name,
                    LocalDate.now().minusDays(3 + i % 20));
            Instant at = Instant.now();
            Map<?, ?> slip = desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                    .body(dossier).retrieve().body(Map.class);
            String code = String.valueOf(slip.get("dossierCode"));
            submitted.put(code, at);
            lastStatus.put(code, String.valueOf(slip.get("status")));
            System.out.printf("demo: %s received, due %s%n", code, slip.get("dueDate"));
        }

        List<Duration> durations = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (durations.size() < count && Instant.now().isBefore(deadline)) {
            for (String code : submitted.keySet()) {
                String before = lastStatus.get(code);
                if (isClosed(before)) {
                    continue;
                }
                Map<?, ?> view = desk.get().uri("/api/v1/dossiers/{code}", code).retrieve().body(Map.class);
                String status = String.valueOf(view.get("status"));
                if (!status.equals(before)) {
                    lastStatus.put(code, status);
                    Duration took = Duration.between(submitted.get(code), Instant.now());
                    System.out.printf("demo: %s %s after %.1f s%s%n", code, status, took.toMillis() / 1000.0,
                            view.get("timeliness") == null ? "" : " (" + view.get("timeliness") + ")");
                    if (isClosed(status)) {
                        durations.add(took);
                    }
                }
            }
            pause();
        }
        durations.sort(null);
        if (durations.isEmpty()) {
            System.out.println("demo: no dossier closed within 5 minutes");
        } else {
            System.out.printf("demo: %d of %d dossiers closed; submission to close: median %.1f s, slowest %.1f s%n",
                    durations.size(), count, durations.get(durations.size() / 2).toMillis() / 1000.0,
                    durations.getLast().toMillis() / 1000.0);
        }
    }

    private static RestClient signedIn(String baseUrl, URI issuer, String username) {
        return RestClient.builder().baseUrl(baseUrl)
                .defaultHeader("Authorization", "Bearer " + LoginFlow.accessToken(issuer, username, "demo")).build();
    }

    private static boolean isClosed(String status) {
        return List.of("COMPLETED", "PARTIALLY_COMPLETED", "REFUSED", "WITHDRAWN").contains(status);
    }

    private static void pause() {
        try {
            Thread.sleep(500); // the polling interval of a console, not a synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
