package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * The residence service's OpenAPI document is the contract (issue 13): it passes the linter, and under the fuzzer
 * every operation answers each bad request with a problem that echoes nothing and writes nothing.
 */
@ServiceIntegrationTest
class OpenApiIT {

    static final long SEED = 13;

    @Value("${local.server.port}") int port;
    @Autowired JdbcClient jdbc;

    @Test
    void publishesADocumentThatPassesTheLinter() throws Exception {
        String json = apiDocs();
        // Kept for a reader of the build and a client generator.
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("residence-service.json"), json);

        assertThat(OpenApiDocuments.problems(json)).isEmpty();
    }

    @Test
    void answersEveryFuzzedRequestWithAProblemEchoingNothingAndWritingNothing() throws Exception {
        ApiFuzzer.Report report = ApiFuzzer.of(apiDocs(), URI.create("http://127.0.0.1:" + port))
                .seed(SEED)
                .casesPerOperation(40)
                .tokens(OpenApiIT::tokenFor)
                .hook(attempt -> {
                    Map<String, Long> before = rowCounts();
                    return answer -> {
                        if (!answer.refused()) {
                            return Optional.empty();
                        }
                        Map<String, Long> after = rowCounts();
                        return after.equals(before) ? Optional.empty()
                                : Optional.of("a refused request changed row counts: " + before + " -> " + after);
                    };
                })
                .run();
        System.out.println(report.summary());
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("residence-fuzzer-report.txt"),
                report.summary());

        assertThat(report.violations()).isEmpty();
        assertThat(report.byStatusClass()).doesNotContainKeys("5xx", "none");
    }

    /** A caller each operation's role rule admits, so that the cases get past the role check to the validation. */
    private static String tokenFor(ApiFuzzer.Operation operation) {
        return switch (operation.id()) {
            case "allocatePersonalIdNumber" -> TestIdentityProvider.clientToken("civil-registry-service");
            case "checkHouseholdMembership" -> TestIdentityProvider.clientToken("dossier-orchestrator");
            default -> TestIdentityProvider.token(operation.tags().contains("Audit") ? "auditor"
                    : "police." + ServiceTestSupport.DUC_GIANG.toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** The rows of every table of the service's own schema (Flyway's history aside). */
    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history' order by table_name""").query(String.class).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }
}
