package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.ServiceHttp;

/**
 * Who may do what (DESIGN.md §6): households and residence applications are the commune police's of the unit;
 * personal-ID allocation and membership checks the calling services' clients only. Another unit's resource answers
 * 404 as if it did not exist, a list of another unit 403, a wrong role 403, no token 401, and a refused call
 * writes nothing.
 */
class AccessIT extends ServiceTestSupport {

    /** A member of a demo household of Đức Giang, who signs in as a citizen. */
    private static final String CITIZEN = "001195003917";
    private static final String APPLICATIONS = "/api/v1/residence-applications";
    private static final String ALLOCATIONS = "/api/v1/personal-id-numbers";
    private static final String AN = """
            {"provinceCode":"001","fullName":"Nguyễn Thị An","sex":"FEMALE","dateOfBirth":"2025-03-15"}""";

    @Test
    void anOfficersDecisionRecordsTheOfficerInTheApplicationAndItsHistory() {
        var pending = aPendingApplicationOfDucGiang();

        var approved = decide(http.asPoliceOf(DUC_GIANG), pending, "{\"decision\":\"APPROVE\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.map()).containsEntry("decidedBy", "police.000.26.45.h26")
                .containsEntry("decisionBasis", "OFFICER");
        assertThat(history(approved)).last().satisfies(change -> assertThat(change)
                .containsEntry("status", "APPROVED").containsEntry("actor", "officer")
                .containsEntry("username", "police.000.26.45.h26"));
        assertThat(history(approved)).first().satisfies(change -> assertThat(change)
                .containsEntry("actor", "RegisterResidence").containsEntry("username", null));
        assertThat(jdbc.sql("select decided_by || ' ' || decided_by_username from residence_application where id = ?")
                .param(UUID.fromString((String) pending.get("id"))).query(String.class).single())
                .isEqualTo("OFFICER police.000.26.45.h26");
    }

    @Test
    void thePoliceOfAnotherUnitCannotReadOrDecideAnApplicationAndChangeNothing() {
        var pending = aPendingApplicationOfDucGiang();
        String id = (String) pending.get("id");
        long historyBefore = historyRows(id);

        var read = http.asPoliceOf(HOAN_KIEM).get(APPLICATIONS + "/" + id);
        var approve = decide(http.asPoliceOf(HOAN_KIEM), pending, "{\"decision\":\"APPROVE\"}");
        var refuse = decide(http.asPoliceOf(NHA_TRANG), pending, "{\"decision\":\"REFUSE\",\"reason\":\"Not ours\"}");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.map()).containsEntry("type", "urn:lienthong:problem:application-not-found");
        assertThat(approve.status()).isEqualTo(404);
        assertThat(problem(approve)).isEqualTo(problem(
                decide(http.asPoliceOf(HOAN_KIEM), Map.of("id", UUID.randomUUID()), "{\"decision\":\"APPROVE\"}")));
        assertThat(refuse.status()).isEqualTo(404);
        assertThat(historyRows(id)).isEqualTo(historyBefore);
        assertThat(http.asPoliceOf(DUC_GIANG).get(APPLICATIONS + "/" + id).map()).containsEntry("status", "PENDING")
                .containsEntry("decidedBy", null);
        replies.assertStaysAt(UUID.fromString((String) pending.get("dossierId")), 0);
    }

    @Test
    void aListOfAnotherUnitIsForbiddenAndAListWithoutAUnitShowsOnlyTheCallersOwn() {
        var pending = aPendingApplicationOfDucGiang();
        String dossierCode = (String) pending.get("dossierCode");
        var ofNhaTrang = aPendingApplicationOf(NHA_TRANG);

        var anotherUnit = http.asPoliceOf(HOAN_KIEM).get(APPLICATIONS + "?unitCode=" + DUC_GIANG);
        var withoutUnit = http.asPoliceOf(HOAN_KIEM).get(APPLICATIONS + "?dossierCode=" + dossierCode);
        var ownUnitInLowerCase = http.asPoliceOf(DUC_GIANG).get(APPLICATIONS + "?unitCode=000.26.45.h26&dossierCode=" + dossierCode);

        assertThat(anotherUnit.status()).isEqualTo(403);
        assertThat(anotherUnit.contentType()).startsWith("application/problem+json");
        assertThat(anotherUnit.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(withoutUnit.status()).isEqualTo(200);
        assertThat(withoutUnit.list()).isEmpty();
        assertThat(ownUnitInLowerCase.list()).extracting(a -> a.get("id")).containsExactly(pending.get("id"));
        var nhaTrangsOwn = http.asPoliceOf(NHA_TRANG).get(APPLICATIONS + "?limit=500").list();
        assertThat(nhaTrangsOwn).extracting(a -> a.get("id")).contains(ofNhaTrang.get("id")).doesNotContain(pending.get("id"));
        assertThat(nhaTrangsOwn).extracting(a -> a.get("unitCode")).containsOnly(NHA_TRANG);
    }

    @Test
    void onlyThePoliceWorkApplicationsNotTheDeskNorACitizenNorAService() {
        var pending = aPendingApplicationOfDucGiang();
        String id = (String) pending.get("id");
        long historyBefore = historyRows(id);

        for (ServiceHttp caller : List.of(http.asDeskOf(DUC_GIANG), http.as(CITIZEN), orchestrator(), civilRegistry())) {
            assertThat(caller.get(APPLICATIONS + "?unitCode=" + DUC_GIANG).status()).isEqualTo(403);
            assertThat(caller.get(APPLICATIONS + "/" + id).status()).isEqualTo(403);
            var decision = decide(caller, pending, "{\"decision\":\"APPROVE\"}");
            assertThat(decision.status()).isEqualTo(403);
            assertThat(decision.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        }
        assertThat(historyRows(id)).isEqualTo(historyBefore);
        assertThat(http.asPoliceOf(DUC_GIANG).get(APPLICATIONS + "/" + id).map()).containsEntry("status", "PENDING");
    }

    @Test
    void withoutATokenEveryEndpointAnswersUnauthenticatedAndWritesNothing() {
        var pending = aPendingApplicationOfDucGiang();
        var family = aFamilyInDucGiang();
        long people = count("select count(*) from person");
        long households = count("select count(*) from household");
        long history = historyRows((String) pending.get("id"));

        List<Response> answers = List.of(
                http.anonymous().get(APPLICATIONS),
                http.anonymous().get(APPLICATIONS + "/" + pending.get("id")),
                decide(http.anonymous(), pending, "{\"decision\":\"APPROVE\"}"),
                http.anonymous().post("/api/v1/households", aHouseholdIn("001", "Phường Đức Giang")),
                http.anonymous().get("/api/v1/households/" + family.householdNumber()),
                http.anonymous().post("/api/v1/households/search", "{\"personalIdNumber\":\"%s\"}".formatted(family.mother())),
                http.anonymous().post("/api/v1/household-membership-checks", membershipCheck(family)),
                http.anonymous().idempotencyKey("birth:" + UUID.randomUUID()).post(ALLOCATIONS, AN));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from household")).isEqualTo(households);
        assertThat(historyRows((String) pending.get("id"))).isEqualTo(history);
    }

    @Test
    void anOfficerCannotAllocateAPersonalIdNumberAndNothingIsAllocated() {
        long people = count("select count(*) from person");
        long allocations = count("select count(*) from personal_id_allocation");

        for (ServiceHttp caller : List.of(http.asPoliceOf(DUC_GIANG), http.asDeskOf(DUC_GIANG), http.as(CITIZEN), http.asClient("carrier"))) {
            var answer = caller.idempotencyKey("birth:" + UUID.randomUUID()).post(ALLOCATIONS, AN);
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        }

        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from personal_id_allocation")).isEqualTo(allocations);
    }

    @Test
    void theCivilRegistrysClientAllocatesAPersonalIdNumber() {
        var answer = civilRegistry().idempotencyKey("birth:" + UUID.randomUUID()).post(ALLOCATIONS, AN);

        assertThat(answer.status()).isEqualTo(201);
        assertThat((String) answer.map().get("personalIdNumber")).matches("001325[0-9]{6}");
    }

    @Test
    void onlyAServicesClientChecksHouseholdMembership() {
        var family = aFamilyInDucGiang();

        var byOrchestrator = orchestrator().post("/api/v1/household-membership-checks", membershipCheck(family));

        assertThat(byOrchestrator.status()).isEqualTo(200);
        assertThat(byOrchestrator.map()).containsEntry("householdExists", true);
        for (ServiceHttp caller : List.of(http.asPoliceOf(DUC_GIANG), http.asDeskOf(DUC_GIANG), http.as(CITIZEN))) {
            assertThat(caller.post("/api/v1/household-membership-checks", membershipCheck(family)).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void thePoliceCreateHouseholdsOnlyInTheirOwnCommuneAndARefusalWritesNothing() {
        long households = count("select count(*) from household");
        long people = count("select count(*) from person");
        long members = count("select count(*) from household_member");

        var otherCommune = http.asPoliceOf(HOAN_KIEM).post("/api/v1/households", aHouseholdIn("001", "Phường Đức Giang"));
        var otherProvince = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", aHouseholdIn("056", "Phường Nha Trang"));
        var desk = http.asDeskOf(DUC_GIANG).post("/api/v1/households", aHouseholdIn("001", "Phường Đức Giang"));
        var citizen = http.as(CITIZEN).post("/api/v1/households", aHouseholdIn("001", "Phường Đức Giang"));

        assertThat(List.of(otherCommune, otherProvince, desk, citizen)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        });
        assertThat(count("select count(*) from household")).isEqualTo(households);
        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from household_member")).isEqualTo(members);

        var own = http.asPoliceOf(DUC_GIANG).post("/api/v1/households", aHouseholdIn("001", "PHƯỜNG ĐỨC GIANG"));
        assertThat(own.status()).isEqualTo(201);
    }

    @Test
    void anotherCommunesHouseholdIsNotFoundByReadingOrSearching() {
        var family = aFamilyInDucGiang();
        String search = "{\"personalIdNumber\":\"%s\"}".formatted(family.mother());

        var read = http.asPoliceOf(HOAN_KIEM).get("/api/v1/households/" + family.householdNumber());
        var found = http.asPoliceOf(NHA_TRANG).post("/api/v1/households/search", search);
        var unknown = http.asPoliceOf(HOAN_KIEM).get("/api/v1/households/HK-001-7777777");

        assertThat(read.status()).isEqualTo(404);
        assertThat(problem(read)).isEqualTo(problem(unknown));
        assertThat(found.status()).isEqualTo(404);
        assertThat(found.map()).containsEntry("type", "urn:lienthong:problem:household-not-found");
        assertThat(http.asPoliceOf(DUC_GIANG).get("/api/v1/households/" + family.householdNumber()).status()).isEqualTo(200);
        assertThat(http.asDeskOf(DUC_GIANG).get("/api/v1/households/" + family.householdNumber()).status()).isEqualTo(403);
        assertThat(http.as(CITIZEN).post("/api/v1/households/search", search).status()).isEqualTo(403);
    }

    /** A problem as the caller sees it, without {@code instance} (the path asked for). */
    private static Map<String, Object> problem(Response answer) {
        var problem = new HashMap<String, Object>(answer.map());
        problem.remove("instance");
        return problem;
    }

    private Map<String, Object> aPendingApplicationOfDucGiang() {
        return aPendingApplicationOf(DUC_GIANG);
    }

    /** An application received by the unit, into a new household of Đức Giang, waiting for that unit's police. */
    private Map<String, Object> aPendingApplicationOf(String unit) {
        var family = aFamilyInDucGiang();
        var command = anApplication(UUID.randomUUID(), aNewbornRegisteredIn("001"), family.householdNumber(),
                family.mother(), null);
        commands.send(COMMANDS, new RegisterResidence(command.dossierId(), command.dossierCode().replace(DUC_GIANG, unit), unit,
                command.childPersonalIdNumber(), command.householdNumber(), command.relationshipToHead(),
                command.motherPersonalIdNumber(), null));
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> http.asPoliceOf(unit).get(APPLICATIONS + "?dossierCode=" + command.dossierCode().replace(DUC_GIANG, unit))
                        .list(), l -> l.size() == 1)
                .getFirst();
    }

    private Response decide(ServiceHttp caller, Map<String, Object> application, String body) {
        return caller.post(APPLICATIONS + "/" + application.get("id") + "/decision", body);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Response application) {
        return (List<Map<String, Object>>) application.map().get("history");
    }

    private long historyRows(String applicationId) {
        return count("select count(*) from residence_application_history where application_id = ?",
                UUID.fromString(applicationId));
    }

    private static String membershipCheck(Family family) {
        return """
                {"householdNumber":"%s","personalIdNumbers":["%s"]}""".formatted(family.householdNumber(), family.mother());
    }

    private static String aHouseholdIn(String province, String commune) {
        return """
                {"address":{"provinceCode":"%s","commune":"%s","street":"Số 3 ngõ 9"},
                 "members":[{"fullName":"Đỗ Văn Nam","personalIdNumber":"%s","dateOfBirth":"1990-01-01","sex":"MALE","relationshipToHead":"HEAD"}]}"""
                .formatted(province, commune, aPersonalIdNumber(province, Sex.MALE, 1990));
    }
}
