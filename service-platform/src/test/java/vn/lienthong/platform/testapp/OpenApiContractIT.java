package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * The test app's OpenAPI document as every service gets it from the platform, its controllers annotated as a service
 * annotates its own: it passes the linter, says what the platform promises, and the server holds to it under the
 * fuzzer.
 */
@ServiceIntegrationTest
class OpenApiContractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESK = "desk.000.26.45.h26";
    static final long SEED = 13;

    @Value("${local.server.port}") int port;
    @Autowired JdbcClient jdbc;

    @Test
    void publishesADocumentThatPassesTheLinter() throws Exception {
        String json = apiDocs();
        // Kept for a reader of the build (and a client generator): the document as the platform makes it.
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("platform-test.json"), json);

        assertThat(OpenApiDocuments.problems(json)).isEmpty();
    }

    @Test
    void namesTheServiceItsVersionAndTheIssuer() {
        JsonNode info = document().get("info");

        assertThat(info.get("title").asString()).isEqualTo("Platform test");
        // Run from classes, not from the service's jar: no Implementation-Version to read.
        assertThat(info.get("version").asString()).isEqualTo("0.0.0-unpackaged");
        assertThat(info.get("description").asString()).contains(TestIdentityProvider.issuer().toString())
                .contains("application/problem+json");
    }

    @Test
    void requiresTheBearerSchemeOfEveryOperationButThoseOnPublicPaths() {
        JsonNode document = document();

        assertThat(document.get("components").get("securitySchemes").propertyNames()).containsExactly("bearer");
        assertThat(document.get("components").get("securitySchemes").get("bearer").get("description").asString())
                .contains(TestIdentityProvider.issuer().toString());
        assertThat(document.has("security")).isFalse();
        operations(document).forEach((where, operation) -> {
            if (where.contains("/public/")) {
                assertThat(operation.has("security")).as(where).isFalse();
            } else {
                assertThat(operation.get("security").toString()).as(where).isEqualTo("[{\"bearer\":[]}]");
            }
        });
    }

    @Test
    void documentsEachErrorAnOperationCanAnswerAsAProblem() {
        Map<String, JsonNode> operations = operations(document());

        assertThat(responses(operations.get("POST /api/v1/test/registrations")))
                .containsExactly("200", "400", "401", "403", "409", "413", "415", "422", "503");
        assertThat(responses(operations.get("GET /api/v1/test/parcels/{parcelCode}")))
                .containsExactly("200", "400", "401", "403", "404", "503");
        assertThat(responses(operations.get("GET /api/v1/test/public/parcels/{parcelCode}")))
                .containsExactly("200", "400", "404", "429", "503");
        JsonNode unavailable = operations.get("GET /api/v1/test/whoami").get("responses").get("503");
        assertThat(unavailable.get("content").propertyNames()).containsExactly("application/problem+json");
        assertThat(unavailable.get("content").get("application/problem+json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(unavailable.get("headers").has("Retry-After")).isTrue();
    }

    @Test
    void describesProblemsWithOneSchemaNamingTheFieldsAtFault() {
        JsonNode schemas = document().get("components").get("schemas");

        assertThat(schemas.get("Problem").get("properties").propertyNames())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(schemas.get("FieldViolation").get("properties").propertyNames())
                .containsExactlyInAnyOrder("field", "message");
        assertThat(schemas.propertyNames()).doesNotContain("ProblemDetail");
    }

    @Test
    void speaksJsonAndTakesTheSuccessStatusFromTheHandler() {
        String json = apiDocs();
        Map<String, JsonNode> operations = operations(document());

        assertThat(json).doesNotContain("*/*");
        assertThat(responses(operations.get("POST /api/v1/test/parcels"))).contains("201").doesNotContain("200");
        assertThat(operations.get("POST /api/v1/test/parcels").get("responses").get("201").get("content")
                .propertyNames()).containsExactly("application/json");
    }

    @Test
    void namesOperationsAfterTheirMethodsAndTagsThemInWords() {
        Map<String, JsonNode> operations = operations(document());
        Set<String> ids = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        operations.values().forEach(operation -> {
            ids.add(operation.get("operationId").asString());
            operation.get("tags").forEach(tag -> tags.add(tag.asString()));
        });

        assertThat(ids).contains("register", "sendParcel", "parcelStatus", "whoami", "listAuditEvents",
                "verifyAuditLog").hasSize(operations.size());
        assertThat(tags).containsExactly("Audit", "Parcels", "Problems", "Records", "Simulated faults");
    }

    @Test
    void answersEveryFuzzedRequestWithAProblemEchoingNothingAndWritingNothing() throws Exception {
        ApiFuzzer.Report report = ApiFuzzer.of(apiDocs(), URI.create("http://127.0.0.1:" + port))
                .seed(SEED)
                .casesPerOperation(80)
                // The faults are simulated whatever the request (a bug, an outage): the other tests cover them.
                .only(operation -> !operation.tags().contains("Simulated faults"))
                .tokens(operation -> TestIdentityProvider.token(operation.tags().contains("Audit") ? "auditor" : DESK))
                .hook(attempt -> {
                    long before = handledRows();
                    return answer -> answer.refused() && handledRows() != before
                            ? Optional.of("a refused request changed the rows of table handled")
                            : Optional.empty();
                })
                .run();
        System.out.println(report.summary());
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("fuzzer-report.txt"),
                report.summary());

        assertThat(report.violations()).isEmpty();
        assertThat(report.contractMismatches()).isEmpty();
        assertThat(report.operationsCovered()).hasSize(operations(document()).size() - 2);
        assertThat(report.byStatusClass()).containsKeys("2xx", "4xx").doesNotContainKeys("5xx", "none");
    }

    private long handledRows() {
        return jdbc.sql("select count(*) from handled").query(Long.class).single();
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }

    private JsonNode document() {
        return JSON.readTree(apiDocs());
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        return operations;
    }

    private static List<String> responses(JsonNode operation) {
        List<String> codes = new ArrayList<>(operation.get("responses").propertyNames());
        codes.sort(null);
        return codes;
    }
}
