package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/** With all five services up, a probe leaves the orchestrator's outbox, reaches every agency, and every answer returns. */
class WalkingSkeletonIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RunningSystem system = RunningSystem.get();

    @Test
    void everyServiceReportsItselfHealthy() {
        for (String service : system.serviceNames()) {
            Map<String, Object> health = system.client(service).get().uri("/actuator/health").retrieve().body(JSON_OBJECT);
            assertThat(health).as(service).containsEntry("status", "UP");
        }
    }

    @Test
    void aProbeFromTheOrchestratorReachesEveryServiceAndEveryAnswerComesBack() {
        var orchestrator = system.client("dossier-orchestrator", "operator");

        Map<String, Object> sent = orchestrator.post().uri("/api/v1/probes").retrieve().body(JSON_OBJECT);
        String probe = (String) sent.get("probeId");

        Map<String, Object> answered = await().atMost(Duration.ofSeconds(30)).until(
                () -> orchestrator.get().uri("/api/v1/probes/{id}", probe).retrieve().body(JSON_OBJECT),
                view -> Boolean.TRUE.equals(view.get("complete")));
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) answered.get("answers");
        assertThat(answers).containsOnlyKeys(
                "civil-registry-service", "residence-service", "health-insurance-service", "delivery-service");
    }

    @Test
    void everyServiceExposesPrometheusMetricsTaggedWithItsName() {
        for (String service : system.serviceNames()) {
            String metrics = system.clientAs(service, "prometheus").get().uri("/actuator/prometheus").retrieve().body(String.class);
            assertThat(metrics).as(service).contains("outbox_messages_pending{application=\"" + service + "\"}");
        }
    }

    @Test
    void everyServicePublishesItsOpenApiDocument() {
        for (String service : system.serviceNames()) {
            Map<String, Object> openApi = system.client(service).get().uri("/v3/api-docs").retrieve().body(JSON_OBJECT);
            assertThat(openApi).as(service).containsKey("openapi");
        }
    }
}
