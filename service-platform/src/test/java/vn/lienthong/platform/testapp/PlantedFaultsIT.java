package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;
import vn.lienthong.testsupport.openapi.ApiFuzzer;
import vn.lienthong.testsupport.openapi.OpenApiDocuments;

/**
 * Neither the linter nor the fuzzer passes vacuously: with {@link PlantedFaultsController}'s defects planted in the
 * test app, each is found, and only those.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "platform-test.planted-faults=true")
class PlantedFaultsIT {

    @Value("${local.server.port}") int port;

    @Test
    void theLinterFindsTheAmbiguousPathAndTheBodyWithoutExample() {
        assertThat(OpenApiDocuments.problems(apiDocs())).containsExactlyInAnyOrder(
                "paths [/api/v1/test/planted/notes/{id}, /api/v1/test/planted/notes/{noteId}] differ only in a "
                        + "template variable's name: one path to OpenAPI",
                "POST /api/v1/test/planted/lookups: request body (application/json) has no example");
    }

    @Test
    void theFuzzerFindsTheEchoTheCrashAndTheRefusalThatIsNoProblem() {
        ApiFuzzer.Report report = ApiFuzzer.of(apiDocs(), URI.create("http://127.0.0.1:" + port))
                .seed(OpenApiContractIT.SEED)
                .casesPerOperation(80)
                .only(operation -> operation.tags().contains(PlantedFaultsController.TAG))
                .tokens(operation -> TestIdentityProvider.token("desk.000.26.45.h26"))
                .run();
        System.out.println(report.summary());

        assertThat(report.violations()).anySatisfy(v -> {
            assertThat(v.kind()).isEqualTo(ApiFuzzer.Kind.ECHO);
            assertThat(v.attempt().operation().id()).isEqualTo("lookup");
        }).anySatisfy(v -> {
            assertThat(v.kind()).isEqualTo(ApiFuzzer.Kind.SERVER_ERROR);
            assertThat(v.attempt().operation().id()).isEqualTo("household");
        }).anySatisfy(v -> {
            assertThat(v.kind()).isEqualTo(ApiFuzzer.Kind.NOT_A_PROBLEM);
            assertThat(v.attempt().operation().id()).isEqualTo("plantedNote");
        });
        assertThat(report.violations()).extracting(v -> v.attempt().operation().id()).doesNotContain("deletePlantedNote");
    }

    private String apiDocs() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    }
}
