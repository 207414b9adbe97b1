package vn.lienthong.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.devinfra.ServiceIntegrationTest;
import vn.lienthong.devinfra.TestIdentityProvider;
import vn.lienthong.platform.calendar.WorkingCalendar;

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

    static final WireMockServer residence = new WireMockServer(options().dynamicPort());

    static {
        residence.start();
    }

    @DynamicPropertySource
    static void residenceUrl(DynamicPropertyRegistry registry) {
        registry.add("lienthong.orchestrator.residence-url", residence::baseUrl);
    }

    @AfterAll
    static void stopResidence() {
        residence.stop();
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void householdRegister() {
        residence.resetAll();
        residence.stubFor(WireMock.post(urlEqualTo("/api/v1/household-membership-checks"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {"householdNumber":"%s","householdExists":true,"provinceCode":"001","commune":"Phường Đức Giang",
                         "memberPersonalIdNumbers":["%s"]}""".formatted(HOUSEHOLD, MOTHER))));
    }

    @Test
    void aDeskOfAnotherUnitFindsNoDossierToReadWithdrawOrSupplementAndNothingChanges() {
        String code = file(desk(DUC_GIANG), DUC_GIANG);
        Map<String, Object> before = get(desk(DUC_GIANG), "/api/v1/dossiers/" + code).body();
        int timelineBefore = timelineLength(code);
        Answer unknown = get(desk(HOAN_KIEM), "/api/v1/dossiers/" + UNKNOWN_CODE);
        assertThat(unknown.status()).isEqualTo(404);

        List<Answer> refused = List.of(
                get(desk(HOAN_KIEM), "/api/v1/dossiers/" + code),
                get(desk(HOAN_KIEM), "/api/v1/dossiers/" + code + "/timeline"),
                post(desk(HOAN_KIEM), "/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "not mine")),
                post(desk(HOAN_KIEM), "/api/v1/dossiers/" + code + "/supplements",
                        Map.of("procedure", "PERMANENT_RESIDENCE", "note", "not mine either")));

        for (Answer answer : refused) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).containsEntry("type", unknown.body().get("type"))
                    .containsEntry("title", unknown.body().get("title"))
                    .containsEntry("detail", String.valueOf(unknown.body().get("detail")).replace(UNKNOWN_CODE, code));
        }
        assertThat(get(desk(DUC_GIANG), "/api/v1/dossiers/" + code).body()).isEqualTo(before);
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

        Answer answer = exchange(desk(HOAN_KIEM), HttpMethod.POST, "/api/v1/dossiers", aDossier(DUC_GIANG), key);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.body()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(dossiersOf(DUC_GIANG)).isEqualTo(dossiers);
        assertThat(lastNumberToday(DUC_GIANG)).isEqualTo(lastNumber);
        assertThat(jdbc.sql("select count(*) from intake_request where idempotency_key = ?").param(key)
                .query(Long.class).single()).isZero();
        assertThat(residence.findAll(postRequestedFor(urlEqualTo("/api/v1/household-membership-checks")))).isEmpty();
    }

    @Test
    void theAuditLogNamesTheDossierFiledAndTheRefusedFiling() {
        String code = file(desk(DUC_GIANG), DUC_GIANG);
        exchange(desk(HOAN_KIEM), HttpMethod.POST, "/api/v1/dossiers", aDossier(DUC_GIANG), null);

        Answer filed = exchange(as("auditor"), HttpMethod.GET, "/api/v1/audit-events?resource=/api/v1/dossiers/" + code,
                null, null);
        assertThat(filed.list()).anySatisfy(record -> assertThat(record)
                .containsEntry("username", "desk.000.26.45.h26")
                .containsEntry("action", "POST /api/v1/dossiers")
                .containsEntry("resource", "/api/v1/dossiers/" + code)
                .containsEntry("outcome", "SUCCEEDED"));
        Answer refused = exchange(as("auditor"), HttpMethod.GET, "/api/v1/audit-events?username=desk.000.20.45.h26",
                null, null);
        assertThat(refused.list()).anySatisfy(record -> assertThat(record)
                .containsEntry("action", "POST /api/v1/dossiers")
                .containsEntry("outcome", "FORBIDDEN"));
    }

    @Test
    void aWorkListOfAnotherUnitIsForbiddenAndWithoutAUnitItIsTheCallersOwn() {
        String ducGiang = file(desk(DUC_GIANG), DUC_GIANG);
        String hoanKiem = file(desk(HOAN_KIEM), HOAN_KIEM);

        Answer other = get(desk(HOAN_KIEM), "/api/v1/dossiers?unitCode=" + DUC_GIANG);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).containsEntry("type", "urn:lienthong:problem:forbidden");

        for (String path : List.of("/api/v1/dossiers", "/api/v1/dossiers?unitCode=" + HOAN_KIEM)) {
            List<Map<String, Object>> own = get(desk(HOAN_KIEM), path).list();
            assertThat(own).extracting(d -> d.get("dossierCode")).contains(hoanKiem).doesNotContain(ducGiang);
            assertThat(own).extracting(d -> d.get("unitCode")).containsOnly(HOAN_KIEM);
        }
    }

    @Test
    void aPoliceOfficerMayNotFileReadOrListDossiersOfTheirOwnUnit() {
        String code = file(desk(DUC_GIANG), DUC_GIANG);
        RestClient police = as("police.000.26.45.h26");
        long dossiers = dossiersOf(DUC_GIANG);

        List<Answer> refused = List.of(
                exchange(police, HttpMethod.POST, "/api/v1/dossiers", aDossier(DUC_GIANG), null),
                get(police, "/api/v1/dossiers/" + code),
                get(police, "/api/v1/dossiers/" + code + "/timeline"),
                get(police, "/api/v1/dossiers?unitCode=" + DUC_GIANG),
                post(police, "/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "police")),
                post(police, "/api/v1/probes", Map.of()));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.body()).containsEntry("type", "urn:lienthong:problem:forbidden");
        });
        assertThat(dossiersOf(DUC_GIANG)).isEqualTo(dossiers);
        assertThat(get(desk(DUC_GIANG), "/api/v1/dossiers/" + code).body()).containsEntry("status", "IN_PROGRESS");
    }

    @Test
    void withoutATokenEveryDeskEndpointIsUnauthenticatedAndNothingIsFiled() {
        String code = file(desk(DUC_GIANG), DUC_GIANG);
        long dossiers = dossiersOf(DUC_GIANG);
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);

        List<Answer> refused = List.of(
                exchange(anonymous, HttpMethod.POST, "/api/v1/dossiers", aDossier(DUC_GIANG), null),
                get(anonymous, "/api/v1/dossiers/" + code),
                get(anonymous, "/api/v1/dossiers/" + code + "/timeline"),
                get(anonymous, "/api/v1/dossiers"),
                post(anonymous, "/api/v1/dossiers/" + code + "/withdrawal", Map.of("reason", "anyone")),
                get(anonymous, "/api/v1/units"),
                get(anonymous, "/api/v1/probes/" + UUID.randomUUID()));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(answer.body()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        });
        assertThat(dossiersOf(DUC_GIANG)).isEqualTo(dossiers);
        assertThat(residence.findAll(postRequestedFor(urlEqualTo("/api/v1/household-membership-checks"))))
                .hasSize(1);
    }

    @Test
    void trackingNeedsNoTokenAndRevealsNoPersonalData() {
        String code = file(desk(DUC_GIANG), DUC_GIANG);

        Answer tracking = get(RestClient.create("http://127.0.0.1:" + port), "/api/v1/tracking/" + code);

        assertThat(tracking.status()).isEqualTo(200);
        assertThat(tracking.body()).containsEntry("dossierCode", code).containsOnlyKeys("dossierCode", "status",
                "receivedAt", "dueDate", "newAppointmentDate", "timeliness", "steps");
        assertThat(tracking.raw()).doesNotContain("Trần Thị Bình", "Nguyễn Thị Riêng Tư", MOTHER, HOUSEHOLD,
                "Đức Giang", "0912345678", today().minusDays(5).toString());
    }

    @Test
    void anySignedInCallerSeesTheUnitsAndOnlyAnOperatorSendsProbes() {
        assertThat(get(as("police.000.26.45.h26"), "/api/v1/units").list())
                .extracting(u -> u.get("code")).contains(DUC_GIANG, HOAN_KIEM);
        assertThat(get(as("bhxh.056"), "/api/v1/units").status()).isEqualTo(200);

        assertThat(post(desk(DUC_GIANG), "/api/v1/probes", Map.of()).status()).isEqualTo(403);
        Answer sent = post(as("operator"), "/api/v1/probes", Map.of());
        assertThat(sent.status()).isEqualTo(202);
        assertThat(get(as("operator"), "/api/v1/probes/" + sent.body().get("probeId")).status()).isEqualTo(200);
        assertThat(get(desk(DUC_GIANG), "/api/v1/probes/" + sent.body().get("probeId")).status()).isEqualTo(403);
    }

    // ---- helpers

    record Answer(int status, String contentType, String raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body() {
            return JsonMapper.builder().build().readValue(raw, Map.class);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            assertThat(status).as("answered %s", raw).isEqualTo(200);
            return JsonMapper.builder().build().readValue(raw, List.class);
        }
    }

    static LocalDate today() {
        return Instant.now().atZone(WorkingCalendar.VIETNAM).toLocalDate();
    }

    static Map<String, Object> aDossier(String unitCode) {
        return SampleDossiers.threeInOne(unitCode, HOUSEHOLD, MOTHER, "Nguyễn Thị Riêng Tư", today().minusDays(5));
    }

    RestClient desk(String unitCode) {
        return as("desk." + unitCode.toLowerCase(Locale.ROOT));
    }

    RestClient as(String username) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestIdentityProvider.token(username)).build();
    }

    String file(RestClient desk, String unitCode) {
        Answer answer = exchange(desk, HttpMethod.POST, "/api/v1/dossiers", aDossier(unitCode), null);
        assertThat(answer.status()).as("filing answered %s", answer.raw()).isEqualTo(201);
        return (String) answer.body().get("dossierCode");
    }

    Answer get(RestClient client, String path) {
        return exchange(client, HttpMethod.GET, path, null, null);
    }

    Answer post(RestClient client, String path, Object body) {
        return exchange(client, HttpMethod.POST, path, body, null);
    }

    Answer exchange(RestClient client, HttpMethod method, String path, @Nullable Object body,
                    @Nullable String idempotencyKey) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()), new String(response.getBody().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    int timelineLength(String code) {
        return get(desk(DUC_GIANG), "/api/v1/dossiers/" + code + "/timeline").list().size();
    }

    long dossiersOf(String unitCode) {
        return jdbc.sql("select count(*) from dossier where unit_code = ?").param(unitCode).query(Long.class).single();
    }

    int lastNumberToday(String unitCode) {
        return jdbc.sql("select coalesce(max(last_number), 0) from dossier_sequence where unit_code = ? and receipt_day = ?")
                .params(unitCode, today()).query(Integer.class).single();
    }
}
