package vn.lienthong.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * The service's OpenAPI document is the contract a carrier's or a commune's generated client relies on: it passes
 * the linter, and the server holds to it under the fuzzer (no 5xx, a problem for every 4xx echoing nothing, no row
 * written by a refused request).
 */
class OpenApiIT extends DeliveryServiceTestSupport {

    static final long SEED = 13;
    static final String AUDITOR = "auditor";
    /** The examples of the document that name a resource or a moment: live values replace them for the fuzzer. */
    static final String ID_EXAMPLE = "0196b2f4-7c1e-7a3b-9f00-2c5d8e4a1b6f";
    static final String TRACKING_NUMBER_EXAMPLE = "RR000000014VN";
    static final String MOMENT_EXAMPLE = "2025-05-12T09:30:00+07:00";

    @Value("${local.server.port}") int port;

    @Test
    void publishesADocumentThatPassesTheLinter() throws Exception {
        String json = apiDocs();
        // Kept for a reader of the build and for the client generator.
        Files.writeString(Files.createDirectories(Path.of("target", "openapi")).resolve("delivery-service.json"), json);

        assertThat(OpenApiDocuments.problems(json)).isEmpty();
    }

    @Test
    void publishesThePinnedWebhookAndTheTrackingViewOnPathsOpenApiCanTellApart() {
        String json = apiDocs();

        assertThat(json).contains("\"/api/v1/shipments/{trackingNumber}/events\"", "\"/api/v1/shipments/{id}\"",
                "\"/api/v1/tracking-numbers/{trackingNumber}/shipment\"")
                .doesNotContain("\"/api/v1/shipments/{trackingNumber}\"");
    }

    @Test
    void answersEveryFuzzedRequestWithAProblemEchoingNothingAndWritingNothing() throws Exception {
        // A home visit and a postal parcel of the officer's unit, so that requests get past "not found" to the
        // rules of their bodies; dispatched (announced) before the first row is counted.
        var visit = aDispatch(DeliveryMethod.COMMUNE_STAFF, null);
        var postal = aDispatch(DeliveryMethod.POST, null);
        send(visit);
        String trackingNumber = aPostalShipment(postal);
        Object visitId = awaitShipmentOf(visit.dossierId()).get("id");
        events.awaitFirst(visit.dossierId(), ResultsDispatched.class);
        events.awaitFirst(postal.dossierId(), ResultsDispatched.class);
        String json = apiDocs();
        assertThat(json).contains(ID_EXAMPLE, TRACKING_NUMBER_EXAMPLE, MOMENT_EXAMPLE);
        json = json.replace(ID_EXAMPLE, visitId.toString())
                .replace(TRACKING_NUMBER_EXAMPLE, trackingNumber)
                .replace(MOMENT_EXAMPLE, OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        ApiFuzzer fuzzer = ApiFuzzer.of(json, URI.create("http://127.0.0.1:" + port))
                .seed(SEED)
                .casesPerOperation(40)
                // A caller each operation's role rule admits, so the requests reach validation.
                .tokens(operation -> operation.tags().contains("Carrier") ? TestIdentityProvider.clientToken(CARRIER)
                        : operation.tags().contains("Audit") ? TestIdentityProvider.token(AUDITOR)
                        : TestIdentityProvider.token(DESK_OFFICER))
                .hook(attempt -> {
                    Map<String, Long> before = rowCounts();
                    return answer -> {
                        if (!answer.refused()) {
                            return Optional.empty();
                        }
                        Map<String, Long> after = rowCounts();
                        return after.equals(before) ? Optional.empty()
                                : Optional.of("a refused request changed the row counts: " + before + " -> " + after);
                    };
                });
        ApiFuzzer.Report report = fuzzer.run();
        System.out.println(report.summary());
        Files.writeString(Files.createDirectories(Path.of("target", "openapi"))
                .resolve("delivery-service-fuzzer-report.txt"), report.summary());

        assertThat(report.violations()).isEmpty();
        assertThat(report.operationsCovered()).hasSize(fuzzer.operations().size());
        assertThat(report.byStatusClass()).containsKeys("2xx", "4xx").doesNotContainKeys("5xx", "none");
    }

    /** The rows of every table of the service's own schema. */
    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")
                .query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }
}
