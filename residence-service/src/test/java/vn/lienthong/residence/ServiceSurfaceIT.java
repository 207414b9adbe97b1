package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.lienthong.devinfra.TestIdentityProvider;

/** What operators and integrators see besides the business endpoints: API document, health, metrics. */
class ServiceSurfaceIT extends ServiceTestSupport {

    @Test
    void documentsEveryEndpointInItsOpenApiDocument() {
        String document = text("/v3/api-docs", null);

        assertThat(document).contains("/api/v1/personal-id-numbers", "/api/v1/household-membership-checks",
                "/api/v1/households", "/api/v1/households/search", "/api/v1/households/{householdNumber}",
                "/api/v1/residence-applications", "/api/v1/residence-applications/{id}/decision");
    }

    @Test
    void exposesItsMetricsWithoutPersonalData() {
        aNewbornRegisteredIn("001");

        String metrics = text("/actuator/prometheus", TestIdentityProvider.clientToken("prometheus"));

        assertThat(metrics).contains("residence_applications_pending", "residence_applications_overdue",
                "residence_personalids_allocations_total{application=\"residence-service\",outcome=\"allocated\"}");
        assertThat(metrics).doesNotContainPattern("\\{[^}]*[0-9]{12}[^}]*}");
    }

    @Test
    void keepsItsMetricsFromAnyoneButTheScraper() {
        var anonymous = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus")
                .exchange((request, response) -> response.getStatusCode().value());
        var officer = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus")
                .headers(h -> h.setBearerAuth(TestIdentityProvider.token("police.000.26.45.h26")))
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(anonymous).isEqualTo(401);
        assertThat(officer).isEqualTo(403);
    }

    private String text(String path, @Nullable String token) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path).accept(MediaType.ALL)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .retrieve().body(String.class);
    }
}
