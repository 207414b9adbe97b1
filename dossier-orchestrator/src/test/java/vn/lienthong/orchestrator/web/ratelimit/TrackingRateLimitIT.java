package vn.lienthong.orchestrator.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.testsupport.ServiceHttp;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestClock;

/** The public tracking view is rate-limited per client address; nothing that needs a token is. */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        // Three requests at once, then one every 20 minutes: the fourth in a row must wait.
        "lienthong.orchestrator.public-rate-limit.capacity=" + TrackingRateLimitIT.LIMIT,
        "lienthong.orchestrator.public-rate-limit.refill-tokens=3",
        "lienthong.orchestrator.public-rate-limit.refill-period=1h"})
class TrackingRateLimitIT {

    static final int LIMIT = 3;

    @Autowired ServiceHttp http;
    @Autowired TestClock clock;

    @Test
    void theRequestAfterTheLimitFromOneAddressWaitsWithRetryAfterWhileSignedInEndpointsAnswerAsUsual() {
        ServiceHttp desk = http.asDeskOf("000.26.45.H26");
        String code = file(desk);
        ServiceHttp citizen = http.anonymous();

        List<Integer> allowed = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            allowed.add(citizen.get("/api/v1/tracking/" + code).status());
        }
        Response over = citizen.get("/api/v1/tracking/" + code);

        assertThat(allowed).containsOnly(200);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(over.text()).contains("\"type\":\"urn:lienthong:problem:too-many-requests\"")
                .doesNotContain(code);
        String retryAfter = over.header(HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 20 * 60L);
        // A token does not lift the limit of a public path: it is per address.
        assertThat(desk.get("/api/v1/tracking/" + code).status()).isEqualTo(429);

        // From the same address, the endpoints that need a token are not limited.
        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(desk.get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
            assertThat(desk.get("/api/v1/units").status()).isEqualTo(200);
        }
        ServiceHttp auditor = http.as("auditor");
        assertThat(auditor.get("/api/v1/audit-events").status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/audit-events/verification").status()).isEqualTo(200);
        assertThat(citizen.get("/actuator/health").status()).isEqualTo(200);
    }

    /** A birth + BHYT dossier: no residence step, so the household register is not asked. */
    String file(ServiceHttp desk) {
        Map<String, Object> dossier = SampleDossiers.threeInOne("000.26.45.H26", "HN-000999", "001194011111",
                "Lê Thị Giới Hạn", clock.today().minusDays(3));
        dossier.put("procedures", List.of("BIRTH_REGISTRATION", "HEALTH_INSURANCE_CARD"));
        dossier.remove("residence");
        Response filed = desk.post("/api/v1/dossiers", dossier);
        assertThat(filed.status()).as("filing answered %s", filed.text()).isEqualTo(201);
        return filed.string("dossierCode");
    }
}
