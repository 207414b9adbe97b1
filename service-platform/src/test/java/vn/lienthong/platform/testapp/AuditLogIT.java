package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import vn.lienthong.testsupport.ServiceIntegrationTest;
import vn.lienthong.testsupport.TestIdentityProvider;

/** The audit log: who did what, written with the change, refused attempts too, tamper-evident and append-only. */
@ServiceIntegrationTest
class AuditLogIT {

    private static final String DESK = "desk.000.26.45.h26";
    private static final String POLICE = "police.000.26.45.h26";

    @Value("${local.server.port}") int port;
    @Autowired JdbcClient jdbc;

    @Test
    void recordsAChangeWithTheOfficerWhoMadeIt() {
        long rows = handledRows();

        var answer = call(HttpMethod.POST, "/api/v1/test/handled", DESK);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(handledRows()).isEqualTo(rows + 1);
        Map<String, Object> record = latestOf(DESK);
        assertThat(record).containsEntry("action", "POST /api/v1/test/handled")
                .containsEntry("resource", "/api/v1/test/handled")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("roles", "DESK_OFFICER")
                .containsEntry("unitCode", "000.26.45.H26")
                .containsEntry("clientId", "lienthong-cli");
        assertThat((String) record.get("traceId")).hasSize(32);
        assertThat((String) record.get("hash")).hasSize(64);
    }

    @Test
    void aRefusedChangeLeavesOnlyItsAuditRecord() {
        long rows = handledRows();

        var answer = call(HttpMethod.POST, "/api/v1/test/handled?refuse=true", DESK);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(handledRows()).isEqualTo(rows);
        assertThat(latestOf(DESK)).containsEntry("outcome", "REFUSED").containsEntry("action", "POST /api/v1/test/handled");
    }

    @Test
    void aCallerWithoutTheRoleIsForbiddenWritesNothingAndIsAudited() {
        long rows = handledRows();

        var answer = call(HttpMethod.POST, "/api/v1/test/handled", POLICE);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("type", "urn:lienthong:problem:forbidden");
        assertThat(handledRows()).isEqualTo(rows);
        assertThat(latestOf(POLICE)).containsEntry("outcome", "FORBIDDEN").containsEntry("roles", "POLICE_OFFICER");
    }

    @Test
    void aCallWithoutATokenIsUnauthenticatedWritesNothingAndIsAudited() {
        long rows = handledRows();
        long anonymousBefore = auditRows("anonymous");

        var answer = call(HttpMethod.POST, "/api/v1/test/handled", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsEntry("type", "urn:lienthong:problem:unauthenticated");
        assertThat(handledRows()).isEqualTo(rows);
        assertThat(auditRows("anonymous")).isEqualTo(anonymousBefore + 1);
        assertThat(latestOf("anonymous")).containsEntry("outcome", "UNAUTHENTICATED");
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedBeforeTheirRequestIsEvenRead() {
        var refused = client(POLICE).post().uri("/api/v1/test/notes").header("Content-Type", "application/json")
                .body("{\"text\": \"\"}").exchange((request, response) -> response.getStatusCode().value());
        var invalid = client(DESK).post().uri("/api/v1/test/notes").header("Content-Type", "application/json")
                .body("{\"text\": \"\"}").exchange((request, response) -> response.getStatusCode().value());

        assertThat(refused).isEqualTo(403);
        assertThat(invalid).isEqualTo(400);
    }

    @Test
    void onlyTheAuditorReadsTheLog() {
        assertThat(call(HttpMethod.GET, "/api/v1/audit-events", DESK).status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "/api/v1/audit-events/verification", "operator").status()).isEqualTo(403);
        assertThat(call(HttpMethod.GET, "/api/v1/audit-events/verification", null).status()).isEqualTo(401);
        assertThat(call(HttpMethod.GET, "/api/v1/audit-events/verification", "auditor").status()).isEqualTo(200);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRecords() {
        call(HttpMethod.POST, "/api/v1/test/handled", DESK);

        assertThatThrownBy(() -> jdbc.sql("update audit.events set username = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.events").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.events").update()).hasMessageContaining("append-only");
    }

    @Test
    void tamperingWithOneRecordBreaksTheChainAtThatRecord() {
        call(HttpMethod.POST, "/api/v1/test/handled", DESK);
        call(HttpMethod.POST, "/api/v1/test/handled", DESK);
        call(HttpMethod.POST, "/api/v1/test/handled", DESK);
        assertThat(verification()).containsEntry("valid", true);
        long victim = ((Number) latestOf(DESK).get("seq")).longValue();
        String original = jdbc.sql("select username from audit.events where seq = ?").param(victim).query(String.class).single();

        tamper(victim, "someone-else");
        try {
            Map<String, Object> broken = verification();
            assertThat(broken).containsEntry("valid", false);
            assertThat(((Number) broken.get("firstBrokenRecord")).longValue()).isEqualTo(victim);
            assertThat(((Number) broken.get("records")).longValue()).isGreaterThanOrEqualTo(3);
        } finally {
            tamper(victim, original); // other tests of this context verify the chain too
        }
        assertThat(verification()).containsEntry("valid", true);
    }

    /** What someone with direct database access could do: switch the triggers off for their session. */
    private void tamper(long seq, String username) {
        jdbc.sql("""
                do $$ begin
                  set local session_replication_role = replica;
                  update audit.events set username = '%s' where seq = %d;
                end $$""".formatted(username, seq)).update();
    }

    private Map<String, Object> verification() {
        return call(HttpMethod.GET, "/api/v1/audit-events/verification", "auditor").body();
    }

    private Map<String, Object> latestOf(String username) {
        List<Map<String, Object>> records = client("auditor").get()
                .uri("/api/v1/audit-events?username={username}&limit=1", username).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private long auditRows(String username) {
        return jdbc.sql("select count(*) from audit.events where username = ?").param(username).query(Long.class).single();
    }

    private long handledRows() {
        return jdbc.sql("select count(*) from handled").query(Long.class).single();
    }

    private RestClient client(@Nullable String username) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port);
        if (username != null) {
            builder.defaultHeader("Authorization", "Bearer " + TestIdentityProvider.token(username));
        }
        return builder.build();
    }

    private Answer call(HttpMethod method, String path, @Nullable String username) {
        return client(username).method(method).uri(path).exchange((request, response) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = response.getHeaders().getContentLength() == 0 ? Map.of() : response.bodyTo(Map.class);
            return new Answer(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                    body == null ? Map.of() : body);
        });
    }

    record Answer(int status, String contentType, Map<String, Object> body) {
    }
}
