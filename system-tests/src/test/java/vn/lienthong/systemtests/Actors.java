package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.testsupport.TestClock;

/**
 * The people around a dossier, acting only through the public REST APIs: the family's household at the police,
 * the one-stop officer at the desk, the police officer and the social-insurance officer deciding.
 */
final class Actors {

    static final String UNIT = "000.26.45.H26"; // Phường Đức Giang, Hà Nội (province 001)
    /** The demo accounts of the unit's one-stop desk, its commune police and Hà Nội's social-insurance office. */
    static final String DESK = "desk.000.26.45.h26";
    static final String POLICE = "police.000.26.45.h26";
    static final String BHXH = "bhxh.001";
    static final Set<String> CLOSED = Set.of("COMPLETED", "PARTIALLY_COMPLETED", "REFUSED", "WITHDRAWN");
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final RunningSystem system;

    Actors(RunningSystem system) {
        this.system = system;
    }

    /** A household in Phường Đức Giang headed by a mother born 1994 in Hà Nội, with a personal ID never used before. */
    record Family(String householdNumber, String motherPersonalId) {
    }

    Family aFamily() {
        String mother = "001194" + "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        Map<String, Object> household = system.client("residence-service", POLICE).post().uri("/api/v1/households")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SampleDossiers.household("001", "Phường Đức Giang", mother))
                .retrieve().body(OBJECT);
        return new Family(String.valueOf(household.get("householdNumber")), mother);
    }

    Map<String, Object> aThreeInOneDossier(Family family, String childName, LocalDate born) {
        return SampleDossiers.threeInOne(UNIT, family.householdNumber(), family.motherPersonalId(), childName, born);
    }

    String submit(Map<String, Object> dossier) {
        Map<String, Object> slip = system.client("dossier-orchestrator", DESK).post().uri("/api/v1/dossiers")
                .contentType(MediaType.APPLICATION_JSON).body(dossier).retrieve().body(OBJECT);
        assertThat(slip).containsKey("dossierCode");
        return String.valueOf(slip.get("dossierCode"));
    }

    Map<String, Object> dossier(String code) {
        return system.client("dossier-orchestrator", DESK).get().uri("/api/v1/dossiers/{code}", code).retrieve().body(OBJECT);
    }

    Map<String, Object> awaitStatus(String code, String... statuses) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> dossier(code), view -> List.of(statuses).contains(String.valueOf(view.get("status"))));
    }

    /** The police's pending residence application of this dossier, once it has arrived. */
    Map<String, Object> residenceApplication(String code, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        system.client("residence-service", POLICE).get()
                                .uri("/api/v1/residence-applications?dossierCode={code}", code).retrieve().body(LIST),
                list -> list.size() == 1 && status.equals(list.getFirst().get("status"))).getFirst();
    }

    List<Map<String, Object>> residenceApplications(String code) {
        return system.client("residence-service", POLICE).get().uri("/api/v1/residence-applications?dossierCode={code}", code)
                .retrieve().body(LIST);
    }

    void decideResidence(Map<String, Object> application, Map<String, Object> decision) {
        system.client("residence-service", POLICE).post().uri("/api/v1/residence-applications/{id}/decision",
                        application.get("id"))
                .contentType(MediaType.APPLICATION_JSON).body(decision).retrieve().toBodilessEntity();
    }

    Map<String, Object> declaration(String code, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                        declarations(code), list -> list.size() == 1 && status.equals(list.getFirst().get("status")))
                .getFirst();
    }

    List<Map<String, Object>> declarations(String code) {
        return system.client("health-insurance-service", BHXH).get().uri("/api/v1/declarations?dossierCode={code}", code)
                .retrieve().body(LIST);
    }

    void decideDeclaration(Map<String, Object> declaration, Map<String, Object> decision) {
        system.client("health-insurance-service", BHXH).post().uri("/api/v1/declarations/{id}/decision",
                        declaration.get("id"))
                .contentType(MediaType.APPLICATION_JSON).body(decision).retrieve().toBodilessEntity();
    }

    List<Map<String, Object>> shipments(String code) {
        return system.client("delivery-service", DESK).get().uri("/api/v1/shipments?dossierCode={code}", code)
                .retrieve().body(LIST);
    }

    void supplement(String code, String procedure, String note) {
        system.client("dossier-orchestrator", DESK).post().uri("/api/v1/dossiers/{code}/supplements", code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("procedure", procedure, "note", note,
                        "documents", List.of(Map.of("name", "giấy chứng nhận kết hôn", "reference", "scan-001"))))
                .retrieve().toBodilessEntity();
    }

    /**
     * The last day to supply what the agency asked for ends: the system's clock moves past the end of that day
     * (Viet Nam time), and the orchestrator's deadline timer is due at its next poll.
     */
    void letTheSupplementDeadlinePass(String code, String procedure) {
        LocalDate lastDay = LocalDate.parse(String.valueOf(step(dossier(code), procedure).get("supplementDue")));
        Instant endOfIt = lastDay.plusDays(1).atStartOfDay(TestClock.VIETNAM).toInstant();
        TestClock clock = system.clock();
        if (clock.instant().isBefore(endOfIt)) {
            clock.advance(Duration.between(clock.instant(), endOfIt).plusMinutes(1));
        }
    }

    void withdraw(String code, String reason) {
        system.client("dossier-orchestrator", DESK).post().uri("/api/v1/dossiers/{code}/withdrawal", code)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", reason))
                .retrieve().toBodilessEntity();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> step(Map<String, Object> dossier, String procedure) {
        return ((List<Map<String, Object>>) dossier.get("steps")).stream()
                .filter(s -> procedure.equals(s.get("procedure"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> results(Map<String, Object> dossier) {
        return (Map<String, Object>) dossier.get("results");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> map, String name) {
        return (Map<String, Object>) map.get(name);
    }
}
