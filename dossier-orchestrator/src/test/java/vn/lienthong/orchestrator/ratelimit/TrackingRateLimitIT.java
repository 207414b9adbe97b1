package vn.lienthong.orchestrator.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import vn.lienthong.devinfra.SampleDossiers;
import vn.lienthong.devinfra.ServiceIntegrationTest;
import vn.lienthong.devinfra.TestIdentityProvider;
import vn.lienthong.platform.calendar.WorkingCalendar;

/** The public tracking view is rate-limited per client address; nothing that needs a token is. */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        // Three requests at once, then one every 20 minutes: the fourth in a row must wait.
        "lienthong.orchestrator.public-rate-limit.capacity=" + TrackingRateLimitIT.LIMIT,
        "lienthong.orchestrator.public-rate-limit.refill-tokens=3",
        "lienthong.orchestrator.public-rate-limit.refill-period=1h"})
class TrackingRateLimitIT {

    static final int LIMIT = 3;

    @LocalServerPort int port;

    @Test
    void theRequestAfterTheLimitFromOneAddressWaitsWithRetryAfterWhileSignedInEndpointsAnswerAsUsual() {
        RestClient desk = as(TestIdentityProvider.token("desk.000.26.45.h26"));
        String code = file(desk);
        RestClient citizen = as(null);

        List<Integer> allowed = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            allowed.add(call(citizen, "/api/v1/tracking/" + code).status());
        }
        Answer over = call(citizen, "/api/v1/tracking/" + code);

        assertThat(allowed).containsOnly(200);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(over.body()).contains("\"type\":\"urn:lienthong:problem:too-many-requests\"")
                .doesNotContain(code);
        assertThat(over.retryAfter()).isNotNull();
        assertThat(Long.parseLong(over.retryAfter())).isBetween(1L, 20 * 60L);
        // A token does not lift the limit of a public path: it is per address.
        assertThat(call(desk, "/api/v1/tracking/" + code).status()).isEqualTo(429);

        // From the same address, the endpoints that need a token are not limited.
        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(call(desk, "/api/v1/dossiers/" + code).status()).isEqualTo(200);
            assertThat(call(desk, "/api/v1/units").status()).isEqualTo(200);
        }
        RestClient auditor = as(TestIdentityProvider.token("auditor"));
        assertThat(call(auditor, "/api/v1/audit-events").status()).isEqualTo(200);
        assertThat(call(auditor, "/api/v1/audit-events/verification").status()).isEqualTo(200);
        assertThat(call(citizen, "/actuator/health").status()).isEqualTo(200);
    }

    record Answer(int status, @Nullable String contentType, @Nullable String retryAfter, String body) {
    }

    RestClient as(@Nullable String token) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port);
        if (token != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return builder.build();
    }

    Answer call(RestClient client, String path) {
        return client.get().uri(path).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** A birth + BHYT dossier: no residence step, so the household register is not asked. */
    String file(RestClient desk) {
        Map<String, Object> dossier = SampleDossiers.threeInOne("000.26.45.H26", "HN-000999", "001194011111",
                "Lê Thị Giới Hạn", Instant.now().atZone(WorkingCalendar.VIETNAM).toLocalDate().minusDays(3));
        dossier.put("procedures", List.of("BIRTH_REGISTRATION", "HEALTH_INSURANCE_CARD"));
        dossier.remove("residence");
        return (String) desk.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).body(dossier)
                .retrieve().body(Map.class).get("dossierCode");
    }
}
