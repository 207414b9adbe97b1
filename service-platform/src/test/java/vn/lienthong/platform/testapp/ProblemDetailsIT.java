package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;

@ServiceIntegrationTest
class ProblemDetailsIT {

    @Value("${local.server.port}") int port;

    @Test
    void reportsEveryInvalidFieldAtOnceAsOneProblem() {
        var response = post("/api/v1/test/registrations", "{\"fullName\":\" \",\"personalIdNumber\":\"12ab\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).containsEntry("type", "urn:lienthong:problem:validation-failed")
                .containsEntry("detail", "3 fields are missing or invalid.");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) response.body().get("errors");
        assertThat(errors).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("fullName", "dateOfBirth", "personalIdNumber");
    }

    @Test
    void namesAFieldOfTheWrongFormatWithoutEchoingItsValue() {
        var response = post("/api/v1/test/registrations", "{\"fullName\":\"An\",\"dateOfBirth\":\"2025-13-45\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).containsEntry("type", "urn:lienthong:problem:malformed-request");
        assertThat((String) response.body().get("detail")).contains("dateOfBirth").doesNotContain("2025-13-45");
    }

    @Test
    void answersBrokenJsonWithAClearProblem() {
        var response = post("/api/v1/test/registrations", "{\"fullName\":");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).containsEntry("type", "urn:lienthong:problem:malformed-request");
    }

    @Test
    void givesADomainRefusalItsStatusAndStableType() {
        var response = post("/api/v1/test/registrations", "{\"fullName\":\"An\",\"dateOfBirth\":\"2999-01-01\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).containsEntry("type", "urn:lienthong:problem:birth-date-in-future")
                .containsEntry("title", "Birth date in the future");
    }

    @Test
    void answersABugWithAProblemThatRevealsNothing() {
        var response = post("/api/v1/test/bugs", "{}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).containsEntry("type", "urn:lienthong:problem:internal-error");
        assertThat(response.body().toString()).doesNotContain("a bug whose details");
    }

    @Test
    void answersADatabaseConstraintViolationAsAConflictThatQuotesNoValues() {
        var response = post("/api/v1/test/conflicts", "{}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).containsEntry("type", "urn:lienthong:problem:conflict");
        assertThat(response.body().toString()).doesNotContain("handled").doesNotContain("null value");
    }

    @Test
    void keepsTheStatusAnExceptionDeclares() {
        assertThat(post("/api/v1/test/gone", "{}").status()).isEqualTo(410);
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        var response = post("/api/v1/test/nothing-here", "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    private Answer post(String path, String json) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .header("Authorization", "Bearer " + TestIdentityProvider.token("desk.000.26.45.h26"))
                .exchange((request, response) -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> body = response.bodyTo(Map.class);
                    return new Answer(response.getStatusCode().value(),
                            String.valueOf(response.getHeaders().getContentType()), body);
                });
    }

    record Answer(int status, String contentType, Map<String, Object> body) {
    }
}
