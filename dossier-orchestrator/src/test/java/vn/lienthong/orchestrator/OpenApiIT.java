package vn.lienthong.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.WireMockServers;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * The orchestrator's OpenAPI document is the contract: it passes the linter, and the server holds to it under the
 * fuzzer — no 5xx, every refusal a problem that echoes nothing, and no row written by a refused request.
 */
@ServiceIntegrationTest
// The fuzzer calls the public tracking view more often than one address may: raise the limit for this context only.
@TestPropertySource(properties = "lienthong.orchestrator.public-rate-limit.capacity=100000")
class OpenApiIT {

    static final WireMockServer residence = WireMockServers.start();
    static final long SEED = 13;
    static final String DESK = "desk.000.26.45.h26";

    @DynamicPropertySource
    static void residenceUrl(DynamicPropertyRegistry registry) {
        registry.add("lienthong.orchestrator.residence-url", residence::baseUrl);
    }

    @Value("${local.server.port}") int port;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void householdFound() {
        residence.resetAll();
        residence.stubFor(WireMockServers.withBearerToken(
                        WireMock.post(urlEqualTo("/api/v1/household-membership-checks")))
                .willReturn(okJson("""
                        {"householdNumber":"HN-000123","householdExists":true,"provinceCode":"001",
                         "commune":"Phường Đức Giang","memberPersonalIdNumbers":["001194012345"]}""")));
    }

    @Test
    void publishesADocumentThatPassesTheLinter() throws Exception {
        String json = apiDocs();
        // Kept for a reader of the build (and a client generator): the document as the service publishes it.
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("dossier-orchestrator.json"),
                json);

        assertThat(OpenApiDocuments.problems(json)).isEmpty();
    }

    @Test
    void answersEveryFuzzedRequestWithAProblemEchoingNothingAndWritingNothing() throws Exception {
        ApiFuzzer.Report report = ApiFuzzer.of(apiDocs(), URI.create("http://127.0.0.1:" + port))
                .seed(SEED)
                .casesPerOperation(40)
                .tokens(operation -> TestIdentityProvider.token(callerFor(operation)))
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
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("fuzzer-report.txt"),
                report.summary());

        assertThat(report.violations()).isEmpty();
        assertThat(report.byStatusClass()).containsKeys("2xx", "4xx").doesNotContainKeys("5xx", "none");
        assertThat(report.operationsCovered()).containsExactlyInAnyOrder("fileDossier", "listAuditEvents",
                "listDossiers", "listUnits", "readDossier", "readProbe", "readTimeline", "sendProbe",
                "supplementDossier", "trackDossier", "verifyAuditLog", "withdrawDossier");
    }

    /** A caller the operation's role rule admits, so that requests reach validation. */
    private static String callerFor(ApiFuzzer.Operation operation) {
        if (operation.path().startsWith("/api/v1/audit-events")) {
            return "auditor";
        }
        if (operation.path().startsWith("/api/v1/probes") || operation.path().contains("dead-letter")) {
            return "operator";
        }
        return DESK;
    }

    /**
     * The rows of every table of the service's own schema. The audit log is left out: it records refusals too (an
     * attempt is an event to audit), which is what it is for.
     */
    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'
                        order by table_name""")
                .query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            if (table.startsWith("audit") || table.equals("flyway_schema_history")) {
                continue;
            }
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }
}
