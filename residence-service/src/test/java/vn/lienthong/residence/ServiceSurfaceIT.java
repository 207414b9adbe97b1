package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What operators and integrators see besides the business endpoints: API document, health, metrics. */
class ServiceSurfaceIT extends ServiceTestSupport {

    @Test
    void documentsEveryEndpointInItsOpenApiDocument() {
        String document = http.get("/v3/api-docs").text();

        assertThat(document).contains("/api/v1/personal-id-numbers", "/api/v1/household-membership-checks",
                "/api/v1/households", "/api/v1/households/search", "/api/v1/households/{householdNumber}",
                "/api/v1/residence-applications", "/api/v1/residence-applications/{id}/decision");
    }

    @Test
    void exposesItsMetricsWithoutPersonalData() {
        aNewbornRegisteredIn("001");

        String metrics = http.asClient("prometheus").get("/actuator/prometheus").text();

        assertThat(metrics).contains("residence_applications_pending", "residence_applications_overdue",
                "residence_personalids_allocations_total{application=\"residence-service\",outcome=\"allocated\"}");
        assertThat(metrics).doesNotContainPattern("\\{[^}]*[0-9]{12}[^}]*}");
    }

    @Test
    void keepsItsMetricsFromAnyoneButTheScraper() {
        var anonymous = http.anonymous().get("/actuator/prometheus").status();
        var officer = http.as("police.000.26.45.h26").get("/actuator/prometheus").status();

        assertThat(anonymous).isEqualTo(401);
        assertThat(officer).isEqualTo(403);
    }
}
