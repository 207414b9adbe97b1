package vn.lienthong.civilregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * The service's OpenAPI document is the contract a generated client trusts: it passes the linter, and the server
 * holds to it under the fuzzer (no 5xx, a problem for every refusal, nothing echoed, nothing written by a refusal).
 */
class OpenApiIT extends CivilRegistryIntegrationTest {

    static final long SEED = 13;
    // The desk of Đức Giang, whose unit code is the document's example: fuzzed requests get past the role check.
    private static final String DESK = "desk.000.26.45.h26";
    // The platform's audit log, read by an auditor.
    private static final String AUDITOR = "auditor";

    @Value("${local.server.port}") int port;

    @Test
    void publishesADocumentThatPassesTheLinter() throws Exception {
        String json = apiDocs();
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("civil-registry-service.json"),
                json);

        assertThat(OpenApiDocuments.problems(json)).isEmpty();
    }

    @Test
    void answersEveryFuzzedRequestWithAProblemEchoingNothingAndWritingNothing() throws Exception {
        ApiFuzzer.Report report = ApiFuzzer.of(apiDocs(), URI.create("http://127.0.0.1:" + port))
                .seed(SEED)
                .casesPerOperation(40)
                .tokens(operation -> TestIdentityProvider.token(operation.tags().contains("Audit") ? AUDITOR : DESK))
                .hook(attempt -> {
                    Map<String, Long> before = rowCounts();
                    return answer -> {
                        if (!answer.refused()) {
                            return Optional.empty();
                        }
                        Map<String, Long> after = rowCounts();
                        return after.equals(before) ? Optional.empty()
                                : Optional.of("a refused request changed row counts " + before + " -> " + after);
                    };
                })
                .run();
        System.out.println(report.summary());
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("fuzzer-report.txt"),
                report.summary());

        assertThat(report.violations()).isEmpty();
        assertThat(report.operationsCovered()).containsExactlyInAnyOrder(
                "readBirthRegistration", "findBirthRegistrationByCertificate", "registerBirth", "listAuditEvents",
                "verifyAuditLog");
        assertThat(report.byStatusClass()).containsKeys("2xx", "4xx").doesNotContainKeys("5xx", "none");
    }

    /** Rows of every table of the service's own schema (the platform's tables included), by table. */
    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")
                .query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        tables.forEach(table -> counts.put(table,
                jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single()));
        return counts;
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }
}
