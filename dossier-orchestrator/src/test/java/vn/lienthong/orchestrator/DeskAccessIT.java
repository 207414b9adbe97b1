package vn.lienthong.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;
import vn.lienthong.testsupport.WireMockServers;

/**
 * Who may do what at the desk (DESIGN.md §6), with real tokens of the identity provider: a dossier is the business
 * of the desk officers of its unit; another unit's desk is told it does not exist, is refused another unit's list
 * and may not file for another unit; other roles are refused; without a token nothing but tracking answers. A
 * refused call writes nothing.
 */
@ServiceIntegrationTest
class DeskAccessIT {

    static final String DUC_GIANG = "000.26.45.H26";
    static final String HOAN_KIEM = "000.20.45.H26";
    static final String HOUSEHOLD = "HN-000777";
    static final String MOTHER = "001194054321";
    static final String UNKNOWN_CODE = DUC_GIANG + "-990101-0001";

    static final WireMockServer residence = WireMockServers.start();

    @DynamicPropertySource
    static void residenceUrl(DynamicPropertyRegistry registry) {
        registry.add("lienthong.orchestrator.residence-url", residence::baseUrl);
    }

    @Autowired ServiceHttp http;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void householdRegister() {
        residence.resetAll();
        residence.stubFor(WireMockServers.withBearerToken(
                        WireMock.post(urlEqualTo("/api/v1/household-membership-checks")))
                .willReturn(okJson("""
                        {"householdNumber":"%s","householdExists":true,"provinceCode":"001","commune":"Phường Đức Giang",
                         "memberPersonalIdNumbers":["%s"]}""".formatted(HOUSEHOLD, MOTHER))));
    }

    @Test
    void aDeskOfAnotherUnitFindsNoDossierToReadWithdrawOrSupplementAndNothingChanges() {
        String code = file(http.asDeskOf(DUC_GIANG), DUC_GIANG);
        Map<String, Object> before = http.asDeskOf(DUC_GIANG).get("/api/v1/dossiers/" + code).map();
        int timelineBefore = timelineLength(code);
        Response unknown = http.asDeskOf(HOAN_KIEM).get("/api/v1/dossiers/" + UNKNOWN_CODE);
        assertThat(unknown.status()).isEqualTo(404);

        List<Response> refused = List.of(
                http.asDeskOf(HOAN_KIEM).get("/api/v1/dossiers/" + code),
                http.asDeskOf(HOAN_KIEM).get("/api/v1/dossiers/" + code + "/timeline"),
                http.asDeskOf(HOAN_KIEM).post("/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "not mine")),
                http.asDeskOf(HOAN_KIEM).post("/api/v1/dossiers/" + code + "/supplements",
                        Map.of("procedure", "PERMANENT_RESIDENCE", "note", "not mine either")));

        for (Response answer : refused) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.map()).containsEntry("type", unknown.map().get("type"))
                    .containsEntry("title", unknown.map().get("title"))
                    .containsEntry("detail", String.valueOf(unknown.map().get("detail")).replace(UNKNOWN_CODE, code));
        }
        assertThat(http.asDeskOf(DUC_GIANG).get("/api/v1/dossiers/" + code).map()).isEqualTo(before);
        assertThat(before).containsEntry("status", "IN_PROGRESS");
        assertThat(timelineLength(code)).isEqualTo(timelineBefore);
        assertThat(jdbc.sql("select status from dossier where code = ?").param(code).query(String.class).single())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void filingForAnotherUnitIsForbiddenAndTakesNoCodeAndAsksNoHousehold() {
        long dossiers = dossiersOf(DUC_GIANG);
        int lastNumber = lastNumberToday(DUC_GIANG);
        String key = UUID.randomUUID().toString();

        Response answer = file(http.asDeskOf(HOAN_KIEM), aDossier(DUC_GIANG), key);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(dossiersOf(DUC_GIANG)).isEqualTo(dossiers);
        assertThat(lastNumberToday(DUC_GIANG)).isEqualTo(lastNumber);
        assertThat(jdbc.sql("select count(*) from intake_request where idempotency_key = ?").param(key)
                .query(Long.class).single()).isZero();
        assertThat(residence.findAll(postRequestedFor(urlEqualTo("/api/v1/household-membership-checks")))).isEmpty();
    }

    @Test
    void theAuditLogNamesTheDossierFiledAndTheRefusedFiling() {
        String code = file(http.asDeskOf(DUC_GIANG), DUC_GIANG);
        file(http.asDeskOf(HOAN_KIEM), aDossier(DUC_GIANG), null);

        Response filed = http.as("auditor").get("/api/v1/audit-events?resource=/api/v1/dossiers/" + code);
        assertThat(filed.list()).anySatisfy(record -> assertThat(record)
                .containsEntry("username", "desk.000.26.45.h26")
                .containsEntry("action", "POST /api/v1/dossiers")
                .containsEntry("resource", "/api/v1/dossiers/" + code)
                .containsEntry("outcome", "SUCCEEDED"));
        Response refused = http.as("auditor").get("/api/v1/audit-events?username=desk.000.20.45.h26");
        assertThat(refused.list()).anySatisfy(record -> assertThat(record)
                .containsEntry("action", "POST /api/v1/dossiers")
                .containsEntry("outcome", "FORBIDDEN"));
    }

    @Test
    void aWorkListOfAnotherUnitIsForbiddenAndWithoutAUnitItIsTheCallersOwn() {
        String ducGiang = file(http.asDeskOf(DUC_GIANG), DUC_GIANG);
        String hoanKiem = file(http.asDeskOf(HOAN_KIEM), HOAN_KIEM);

        Response other = http.asDeskOf(HOAN_KIEM).get("/api/v1/dossiers?unitCode=" + DUC_GIANG);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.map()).containsEntry("type", "urn:lienthong:problem:forbidden");

        for (String path : List.of("/api/v1/dossiers", "/api/v1/dossiers?unitCode=" + HOAN_KIEM)) {
            List<Map<String, Object>> own = http.asDeskOf(HOAN_KIEM).get(path).list();
            assertThat(own).extracting(d -> d.get("dossierCode")).contains(hoanKiem).doesNotContain(ducGiang);
            assertThat(own).extracting(d -> d.get("unitCode")).containsOnly(HOAN_KIEM);
        }
    }

    @Test
    void aPoliceOfficerMayNotFileReadOrListDossiersOfTheirOwnUnit() {
        String code = file(http.asDeskOf(DUC_GIANG), DUC_GIANG);
        ServiceHttp police = http.as("police.000.26.45.h26");
        long dossiers = dossiersOf(DUC_GIANG);

        List<Response> refused = List.of(
                file(police, aDossier(DUC_GIANG), null),
                police.get("/api/v1/dossiers/" + code),
                police.get("/api/v1/dossiers/" + code + "/timeline"),
                police.get("/api/v1/dossiers?unitCode=" + DUC_GIANG),
                police.post("/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "police")),
                police.post("/api/v1/probes", Map.of()));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:forbidden");
        });
        assertThat(dossiersOf(DUC_GIANG)).isEqualTo(dossiers);
        assertThat(http.asDeskOf(DUC_GIANG).get("/api/v1/dossiers/" + code).map())
                .containsEntry("status", "IN_PROGRESS");
    }

    @Test
    void withoutATokenEveryDeskEndpointIsUnauthenticatedAndNothingIsFiled() {
        String code = file(http.asDeskOf(DUC_GIANG), DUC_GIANG);
        long dossiers = dossiersOf(DUC_GIANG);
        ServiceHttp anonymous = http.anonymous();

        List<Response> refused = List.of(
                file(anonymous, aDossier(DUC_GIANG), null),
                anonymous.get("/api/v1/dossiers/" + code),
                anonymous.get("/api/v1/dossiers/" + code + "/timeline"),
                anonymous.get("/api/v1/dossiers"),
                anonymous.post("/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "anyone")),
                anonymous.get("/api/v1/units"),
                anonymous.get("/api/v1/probes/" + UUID.randomUUID()));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(dossiersOf(DUC_GIANG)).isEqualTo(dossiers);
        assertThat(residence.findAll(postRequestedFor(urlEqualTo("/api/v1/household-membership-checks"))))
                .hasSize(1);
    }

    @Test
    void trackingNeedsNoTokenAndRevealsNoPersonalData() {
        String code = file(http.asDeskOf(DUC_GIANG), DUC_GIANG);

        Response tracking = http.anonymous().get("/api/v1/tracking/" + code);

        assertThat(tracking.status()).isEqualTo(200);
        assertThat(tracking.map()).containsEntry("dossierCode", code).containsOnlyKeys("dossierCode", "status",
                "receivedAt", "dueDate", "newAppointmentDate", "timeliness", "steps");
        assertThat(tracking.text()).doesNotContain("Trần Thị Bình", "Nguyễn Thị Riêng Tư", MOTHER, HOUSEHOLD,
                "Đức Giang", "0912345678", today().minusDays(5).toString());
    }

    @Test
    void anySignedInCallerSeesTheUnitsAndOnlyAnOperatorSendsProbes() {
        assertThat(http.as("police.000.26.45.h26").get("/api/v1/units").list())
                .extracting(u -> u.get("code")).contains(DUC_GIANG, HOAN_KIEM);
        assertThat(http.as("bhxh.056").get("/api/v1/units").status()).isEqualTo(200);

        assertThat(http.asDeskOf(DUC_GIANG).post("/api/v1/probes", Map.of()).status()).isEqualTo(403);
        Response sent = http.as("operator").post("/api/v1/probes", Map.of());
        assertThat(sent.status()).isEqualTo(202);
        assertThat(http.as("operator").get("/api/v1/probes/" + sent.map().get("probeId")).status()).isEqualTo(200);
        assertThat(http.asDeskOf(DUC_GIANG).get("/api/v1/probes/" + sent.map().get("probeId")).status()).isEqualTo(403);
    }

    // ---- helpers

    LocalDate today() {
        return clock.today();
    }

    Map<String, Object> aDossier(String unitCode) {
        return SampleDossiers.threeInOne(unitCode, HOUSEHOLD, MOTHER, "Nguyễn Thị Riêng Tư", today().minusDays(5));
    }

    String file(ServiceHttp desk, String unitCode) {
        Response answer = file(desk, aDossier(unitCode), null);
        assertThat(answer.status()).as("filing answered %s", answer.text()).isEqualTo(201);
        return answer.string("dossierCode");
    }

    Response file(ServiceHttp caller, Map<String, Object> dossier, @Nullable String idempotencyKey) {
        return (idempotencyKey == null ? caller : caller.idempotencyKey(idempotencyKey))
                .post("/api/v1/dossiers", dossier);
    }

    int timelineLength(String code) {
        return http.asDeskOf(DUC_GIANG).get("/api/v1/dossiers/" + code + "/timeline").list().size();
    }

    long dossiersOf(String unitCode) {
        return jdbc.sql("select count(*) from dossier where unit_code = ?").param(unitCode).query(Long.class).single();
    }

    int lastNumberToday(String unitCode) {
        return jdbc.sql("select coalesce(max(last_number), 0) from dossier_sequence where unit_code = ? and receipt_day = ?")
                .params(unitCode, today()).query(Integer.class).single();
    }
}
