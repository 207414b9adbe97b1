package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.Sex;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationId;
import vn.lienthong.healthinsurance.domain.declaration.DeclaredChild;
import vn.lienthong.healthinsurance.persistence.Declarations;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * The office's OpenAPI document is the contract: it passes the linter, and the server holds to it under the fuzzer
 * (no 5xx, a problem for every refusal echoing nothing, no row written by a refused request).
 */
@ServiceIntegrationTest
class OpenApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 13;
    /** Hà Nội's social-insurance officer: admitted by every operation of the service. */
    private static final String OFFICER = "bhxh.001";

    /** The declaration ID the document gives as its example, seeded so that reading and deciding get past 404. */
    private static final DeclarationId EXAMPLE = new DeclarationId(UUID.fromString("3f2b8c1e-6a4d-4e0f-9b7a-2d5c8e1f4a60"));

    @Value("${local.server.port}") int port;
    @Autowired JdbcClient jdbc;
    @Autowired Declarations declarations;

    @BeforeEach
    void seedTheExampleDeclaration() {
        if (declarations.find(EXAMPLE).isEmpty()) {
            declarations.insert(Declaration.receive(EXAMPLE, DossierId.of(UUID.randomUUID()),
                    "000.26.45.H26-250320-0013", "000.26.45.H26",
                    new DeclaredChild("001325013013", "Nguyễn Thị An", Sex.FEMALE, LocalDate.parse("2025-03-15")),
                    "001", "Phường Đức Giang", null, LocalDate.parse("2025-03-20"), LocalDate.parse("2025-03-24"),
                    false, Instant.parse("2025-03-20T02:00:00Z")));
        }
    }

    @Test
    void publishesADocumentThatPassesTheLinter() throws Exception {
        String json = apiDocs();
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("health-insurance-service.json"),
                json);

        assertThat(OpenApiDocuments.problems(json)).isEmpty();
    }

    @Test
    void documentsThePinnedDecisionBodyWithItsValueSet() {
        JsonNode schemas = JSON.readTree(apiDocs()).get("components").get("schemas");
        JsonNode decision = schemas.get("DecisionRequest");

        assertThat(decision.get("properties").propertyNames()).contains("decision", "reason");
        assertThat(decision.get("required").toString()).contains("decision").doesNotContain("reason");
        assertThat(decision.get("properties").get("decision").get("enum").toString())
                .isEqualTo("[\"APPROVE\",\"REFUSE\",\"REQUEST_SUPPLEMENT\"]");
    }

    @Test
    void answersEveryFuzzedRequestWithAProblemEchoingNothingAndWritingNothing() throws Exception {
        String json = apiDocs();
        ApiFuzzer.Report report = ApiFuzzer.of(json, URI.create("http://127.0.0.1:" + port))
                .seed(SEED)
                .casesPerOperation(40)
                .tokens(operation -> TestIdentityProvider.token(operation.tags().contains("Audit") ? "auditor" : OFFICER))
                .hook(attempt -> {
                    Map<String, Long> before = rowCounts();
                    return answer -> answer.refused() && !rowCounts().equals(before)
                            ? Optional.of("a refused request changed row counts: " + before + " -> " + rowCounts())
                            : Optional.empty();
                })
                .run();
        System.out.println(report.summary());
        Files.writeString(Files.createDirectories(Path.of("target", "openapi"))
                .resolve("health-insurance-service-fuzzer-report.txt"), report.summary());

        assertThat(report.violations()).isEmpty();
        assertThat(report.contractMismatches()).isEmpty();
        assertThat(report.operationsCovered()).hasSize(operationCount(json));
        assertThat(report.byStatusClass()).doesNotContainKeys("5xx", "none");
    }

    /** The rows of every table of the service's own schema. */
    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")
                .query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        tables.forEach(table -> counts.put(table,
                jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single()));
        return counts;
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }

    private static int operationCount(String json) {
        int[] count = {0};
        JSON.readTree(json).get("paths").properties().forEach(path -> count[0] += path.getValue().size());
        return count[0];
    }
}
