package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.systemtests.Actors.BHXH;
import static vn.lienthong.systemtests.Actors.DESK;
import static vn.lienthong.systemtests.Actors.POLICE;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.lienthong.devinfra.SampleDossiers;

/**
 * DESIGN.md §6's table, endpoint by endpoint. The operations come from each service's own OpenAPI document, so an
 * endpoint added without a rule here fails this test. For each: no token → 401 (unless public); a role the table
 * does not name → 403 (or 404); the right role of another unit or province → 403 or 404; and none of these refused
 * calls writes anything in any database but its audit record. Then the right caller gets the normal answer.
 */
class EndpointPermissionsIT {

    private static final String OTHER_DESK = "desk.000.20.45.h26";      // Hoàn Kiếm, same province
    private static final String OTHER_POLICE = "police.000.20.45.h26";
    private static final String OTHER_BHXH = "bhxh.056";                // Khánh Hòa
    private static final String CITIZEN = "001195003917";
    private static final String ANYONE = "*";                            // any signed-in caller

    private static final RunningSystem system = RunningSystem.still();
    private static final Map<String, String> ids = new LinkedHashMap<>();

    /**
     * One operation: who may call it, who may not, and a request the right caller can make.
     *
     * @param allowed a username, {@code client:<id>}, {@link #ANYONE}, or null for a public endpoint
     * @param otherUnit the same role in another unit or province, where the table binds the operation to one
     * @param wrongRole a caller whose role the table does not name
     */
    record Rule(String service, HttpMethod method, String path, @Nullable String allowed, @Nullable String otherUnit,
                @Nullable String wrongRole, @Nullable Object body) {

        String key() {
            return service + " " + method.name() + " " + path;
        }
    }

    @BeforeAll
    static void aDossierWithEveryKindOfRecord() {
        Actors actors = new Actors(system);
        Actors.Family family = actors.aFamily();
        ids.put("householdNumber", family.householdNumber());
        ids.put("motherPersonalId", family.motherPersonalId());
        String code = actors.submit(actors.aThreeInOneDossier(family, "Phạm Thị Quyền", LocalDate.now().minusDays(5)));
        ids.put("dossierCode", code);
        Map<String, Object> application = actors.residenceApplication(code, "PENDING");
        actors.decideResidence(application, Map.of("decision", "APPROVE"));
        ids.put("applicationId", String.valueOf(application.get("id")));
        Map<String, Object> declaration = actors.declaration(code, "PENDING");
        actors.decideDeclaration(declaration, Map.of("decision", "APPROVE"));
        ids.put("declarationId", String.valueOf(declaration.get("id")));
        Map<String, Object> shipment = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> actors.shipments(code), list -> list.size() == 1).getFirst();
        ids.put("shipmentId", String.valueOf(shipment.get("id")));
        ids.put("trackingNumber", String.valueOf(shipment.get("trackingNumber")));
        Map<String, Object> dossier = actors.awaitStatus(code, "RETURNING_RESULTS");
        String certificate = String.valueOf(Actors.results(dossier).get("birthCertificateNumber"));
        ids.put("certificateNumber", certificate);
        List<Map<String, Object>> registrations = system.client("civil-registry-service", DESK).get()
                .uri("/api/v1/birth-registrations?unitCode={unit}&certificateNumber={number}", Actors.UNIT, certificate)
                .retrieve().body(Actors.LIST);
        ids.put("registrationId", String.valueOf(registrations.getFirst().get("registrationId")));
        RestClient operator = system.client("dossier-orchestrator", "operator");
        String probe = String.valueOf(operator.post().uri("/api/v1/probes").retrieve().body(Actors.OBJECT).get("probeId"));
        ids.put("probeId", probe);
        await().atMost(Duration.ofSeconds(30)).until(() -> operator.get().uri("/api/v1/probes/{id}", probe)
                .retrieve().body(Actors.OBJECT), view -> Boolean.TRUE.equals(view.get("complete")));
    }

    static List<Rule> rules() {
        String unit = Actors.UNIT;
        List<Rule> rules = new ArrayList<>();
        // dossier-orchestrator: the one-stop desk
        String o = "dossier-orchestrator";
        rules.add(new Rule(o, HttpMethod.POST, "/api/v1/dossiers", DESK, OTHER_DESK, POLICE, newDossier()));
        rules.add(new Rule(o, HttpMethod.GET, "/api/v1/dossiers/{dossierCode}", DESK, OTHER_DESK, POLICE, null));
        rules.add(new Rule(o, HttpMethod.GET, "/api/v1/dossiers?unitCode=" + unit, DESK, OTHER_DESK, POLICE, null));
        rules.add(new Rule(o, HttpMethod.GET, "/api/v1/dossiers/{dossierCode}/timeline", DESK, OTHER_DESK, BHXH, null));
        rules.add(new Rule(o, HttpMethod.POST, "/api/v1/dossiers/{dossierCode}/supplements", DESK, OTHER_DESK, POLICE,
                Map.of("procedure", "PERMANENT_RESIDENCE", "note", "Bổ sung",
                        "documents", List.of(Map.of("name", "giấy chứng nhận kết hôn", "reference", "scan-9")))));
        rules.add(new Rule(o, HttpMethod.POST, "/api/v1/dossiers/{dossierCode}/withdrawal", DESK, OTHER_DESK, CITIZEN,
                Map.of("reason", "Gia đình chuyển nơi ở")));
        rules.add(new Rule(o, HttpMethod.GET, "/api/v1/tracking/{dossierCode}", null, null, null, null));
        rules.add(new Rule(o, HttpMethod.GET, "/api/v1/units", ANYONE, null, null, null));
        rules.add(new Rule(o, HttpMethod.POST, "/api/v1/probes", "operator", null, DESK, null));
        rules.add(new Rule(o, HttpMethod.GET, "/api/v1/probes/{probeId}", "operator", null, "auditor", null));
        // civil-registry-service: births at the desk
        String c = "civil-registry-service";
        rules.add(new Rule(c, HttpMethod.POST, "/api/v1/birth-registrations", DESK, OTHER_DESK, POLICE,
                directRegistration()));
        rules.add(new Rule(c, HttpMethod.GET, "/api/v1/birth-registrations/{registrationId}", DESK, OTHER_DESK, POLICE, null));
        rules.add(new Rule(c, HttpMethod.GET, "/api/v1/birth-registrations?unitCode=" + unit + "&certificateNumber={certificateNumber}",
                DESK, OTHER_DESK, BHXH, null));
        // residence-service: the commune police and the population registry
        String r = "residence-service";
        rules.add(new Rule(r, HttpMethod.POST, "/api/v1/personal-id-numbers", "client:civil-registry-service", null, POLICE,
                Map.of("provinceCode", "001", "fullName", "Đỗ Văn Khang", "sex", "MALE", "dateOfBirth", "2026-11-01")));
        rules.add(new Rule(r, HttpMethod.POST, "/api/v1/household-membership-checks", "client:dossier-orchestrator", null,
                DESK, Map.of("householdNumber", "{householdNumber}", "personalIdNumbers", List.of("{motherPersonalId}"))));
        rules.add(new Rule(r, HttpMethod.POST, "/api/v1/households", POLICE, OTHER_POLICE, DESK,
                SampleDossiers.household("001", "Phường Đức Giang", "001194%06d".formatted(System.nanoTime() % 1_000_000))));
        rules.add(new Rule(r, HttpMethod.GET, "/api/v1/households/{householdNumber}", POLICE, OTHER_POLICE, DESK, null));
        rules.add(new Rule(r, HttpMethod.POST, "/api/v1/households/search", POLICE, OTHER_POLICE, DESK,
                Map.of("personalIdNumber", "{motherPersonalId}")));
        rules.add(new Rule(r, HttpMethod.GET, "/api/v1/residence-applications?unitCode=" + unit, POLICE, OTHER_POLICE, DESK, null));
        rules.add(new Rule(r, HttpMethod.GET, "/api/v1/residence-applications/{applicationId}", POLICE, OTHER_POLICE, DESK, null));
        rules.add(new Rule(r, HttpMethod.POST, "/api/v1/residence-applications/{applicationId}/decision", POLICE,
                OTHER_POLICE, BHXH, Map.of("decision", "APPROVE")));
        // health-insurance-service: the social-insurance office
        String h = "health-insurance-service";
        rules.add(new Rule(h, HttpMethod.GET, "/api/v1/declarations?unitCode=" + unit, BHXH, OTHER_BHXH, DESK, null));
        rules.add(new Rule(h, HttpMethod.GET, "/api/v1/declarations/{declarationId}", BHXH, OTHER_BHXH, POLICE, null));
        rules.add(new Rule(h, HttpMethod.POST, "/api/v1/declarations/{declarationId}/decision", BHXH, OTHER_BHXH, DESK,
                Map.of("decision", "APPROVE")));
        rules.add(new Rule(h, HttpMethod.POST, "/api/v1/card-checks", BHXH, null, DESK,
                Map.of("cardNumber", "{motherPersonalId}")));
        rules.add(new Rule(h, HttpMethod.GET, "/api/v1/facilities?provinceCode=001", ANYONE, null, null, null));
        rules.add(new Rule(h, HttpMethod.GET, "/api/v1/facilities/01101", ANYONE, null, null, null));
        // delivery-service: results home
        String d = "delivery-service";
        rules.add(new Rule(d, HttpMethod.POST, "/api/v1/shipments/{trackingNumber}/events", "client:carrier", null, DESK,
                Map.of("eventId", "permissions-1", "status", "HANDED_TO_CARRIER",
                        "occurredAt", OffsetDateTime.now().minusMinutes(1).toString())));
        rules.add(new Rule(d, HttpMethod.GET, "/api/v1/tracking-numbers/{trackingNumber}/shipment", DESK, OTHER_DESK, POLICE, null));
        rules.add(new Rule(d, HttpMethod.GET, "/api/v1/shipments?unitCode=" + unit + "&awaitingAction=true", DESK, OTHER_DESK,
                POLICE, null));
        rules.add(new Rule(d, HttpMethod.GET, "/api/v1/shipments/{shipmentId}", DESK, OTHER_DESK, POLICE, null));
        rules.add(new Rule(d, HttpMethod.POST, "/api/v1/shipments/{shipmentId}/delivery", DESK, OTHER_DESK, POLICE,
                Map.of("receivedBy", "Trần Thị Bình")));
        rules.add(new Rule(d, HttpMethod.POST, "/api/v1/shipments/{shipmentId}/failed-visits", DESK, OTHER_DESK, POLICE,
                Map.of("occurredAt", OffsetDateTime.now().minusMinutes(5).toString())));
        rules.add(new Rule(d, HttpMethod.POST, "/api/v1/shipments/{shipmentId}/pickup", DESK, OTHER_DESK, POLICE, Map.of()));
        // every service: the audit log, for the auditor
        for (String service : List.of(o, c, r, h, d)) {
            rules.add(new Rule(service, HttpMethod.GET, "/api/v1/audit-events", "auditor", null, "operator", null));
            rules.add(new Rule(service, HttpMethod.GET, "/api/v1/audit-events/verification", "auditor", null, DESK, null));
        }
        return rules;
    }

    @Test
    void everyOperationOfEveryServiceHasARuleHere() {
        Set<String> documented = new TreeSet<>();
        for (String service : system.serviceNames()) {
            Map<String, Object> openApi = system.client(service).get().uri("/v3/api-docs").retrieve().body(Actors.OBJECT);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
            paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                    documented.add(service + " " + method.toUpperCase() + " " + path)));
        }
        Set<String> ruled = new TreeSet<>();
        for (Rule rule : rules()) {
            ruled.add(rule.service() + " " + rule.method().name() + " " + documentedPath(rule.path()));
        }
        assertThat(ruled).as("operations with a rule in this test vs. operations in the OpenAPI documents")
                .containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void refusedCallsAreRefusedAndWriteNothingThenTheRightCallerIsServed() throws SQLException {
        Map<String, String> before = contents();
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules()) {
            if (rule.allowed() != null) {
                expect(wrong, rule, "no token", call(rule, null), Set.of(401));
            }
            if (rule.wrongRole() != null) {
                expect(wrong, rule, "role " + rule.wrongRole(), call(rule, rule.wrongRole()), Set.of(403, 404));
            }
            if (rule.otherUnit() != null) {
                expect(wrong, rule, "other unit " + rule.otherUnit(), call(rule, rule.otherUnit()), Set.of(403, 404));
            }
        }
        assertThat(wrong).as("refused calls answered otherwise").isEmpty();
        assertThat(contents()).as("every table of every service (the audit log aside) after the refused calls")
                .isEqualTo(before);

        for (Rule rule : rules()) {
            Answer answer = call(rule, rule.allowed() == null ? null : rule.allowed().equals(ANYONE) ? CITIZEN : rule.allowed());
            if (answer.status() >= 500 || Set.of(401, 403, 404).contains(answer.status())) {
                wrong.add(rule.key() + " as " + rule.allowed() + ": " + answer.status() + " " + answer.body());
            }
        }
        assertThat(wrong).as("allowed callers refused").isEmpty();
        for (String service : system.serviceNames()) {
            assertThat(system.client(service, "auditor").get().uri("/api/v1/audit-events/verification").retrieve()
                    .body(Actors.OBJECT)).as(service + "'s audit chain").containsEntry("valid", true);
        }
    }

    private static void expect(List<String> wrong, Rule rule, String as, Answer answer, Set<Integer> statuses) {
        if (!statuses.contains(answer.status()) || !answer.contentType().startsWith("application/problem+json")) {
            wrong.add(rule.key() + " (" + as + "): " + answer.status() + " " + answer.contentType());
        }
    }

    private Answer call(Rule rule, @Nullable String caller) {
        String uri = system.baseUrl(rule.service()) + fill(rule.path());
        RestClient.RequestBodySpec request = RestClient.create().method(rule.method()).uri(uri);
        if (caller != null) {
            String token = caller.startsWith("client:") ? system.tokens().client(caller.substring("client:".length()))
                    : system.tokens().user(caller);
            request.header("Authorization", "Bearer " + token);
        }
        if (rule.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(fillBody(rule.body()));
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    record Answer(int status, String contentType, String body) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The OpenAPI path of a rule's request: its query dropped, its placeholders named as the services name them. */
    private static String documentedPath(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.replace("{applicationId}", "{id}").replace("{declarationId}", "{id}")
                .replace("{shipmentId}", "{id}").replace("{probeId}", "{id}").replace("/facilities/01101", "/facilities/{code}");
    }

    private static String fill(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(ids.getOrDefault(matcher.group(1), matcher.group())));
        }
        return matcher.appendTail(filled).toString();
    }

    @SuppressWarnings("unchecked")
    private static Object fillBody(Object body) {
        if (body instanceof String text) {
            return fill(text);
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> filled = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, value) -> filled.put(key, fillBody(value)));
            return filled;
        }
        if (body instanceof List<?> list) {
            return list.stream().map(EndpointPermissionsIT::fillBody).toList();
        }
        return body;
    }

    private static Map<String, Object> newDossier() {
        return SampleDossiers.threeInOne(Actors.UNIT, "{householdNumber}", "{motherPersonalId}", "Phạm Thị Hạnh",
                LocalDate.now().minusDays(2));
    }

    private static Map<String, Object> directRegistration() {
        Map<String, Object> dossier = SampleDossiers.threeInOne(Actors.UNIT, "{householdNumber}", "{motherPersonalId}",
                "Phạm Văn Hùng", LocalDate.now().minusDays(3));
        Map<String, Object> registration = new LinkedHashMap<>();
        for (String part : List.of("unitCode", "child", "mother", "declarant")) {
            registration.put(part, dossier.get(part));
        }
        return registration;
    }

    /**
     * A digest of every row of every table of every service, but the audit log (refused calls are recorded
     * there), Flyway's histories and the timer library's bookkeeping.
     */
    private Map<String, String> contents() throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        for (String service : system.serviceNames()) {
            try (Connection connection = DriverManager.getConnection(system.jdbcUrl(service),
                    vn.lienthong.testsupport.TestDatabases.server().username(),
                    vn.lienthong.testsupport.TestDatabases.server().password())) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = connection.createStatement().executeQuery("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'audit')
                          and table_name not in ('flyway_schema_history', 'scheduled_tasks')""")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = connection.createStatement().executeQuery(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                                    + table + " t")) {
                        rs.next();
                        contents.put(service + " " + table, rs.getString(1));
                    }
                }
            }
        }
        return contents;
    }
}
