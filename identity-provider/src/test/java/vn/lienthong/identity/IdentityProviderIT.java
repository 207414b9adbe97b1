package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.identity.client.LoginFailedException;
import vn.lienthong.identity.client.LoginFlow;

/** The provider started as the tests start it (port 0), used through the real login flow, in Java and in bash. */
class IdentityProviderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ConfigurableApplicationContext provider;
    private static URI issuer;
    private static int port;

    @BeforeAll
    static void start() {
        provider = IdentityProviderApplication.application().run("--server.port=0");
        issuer = provider.getBean(Issuer.class).uri();
        port = Integer.parseInt(provider.getEnvironment().getProperty("local.server.port", "0"));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void started_on_a_free_port_the_issuer_is_the_loopback_address_with_that_port() {
        assertThat(port).isPositive();
        assertThat(issuer).isEqualTo(URI.create("http://127.0.0.1:" + port));
    }

    @Test
    void the_discovery_document_names_the_issuer_the_client_used_and_the_pinned_endpoints() throws Exception {
        Map<String, Object> discovery = json(get(issuer + "/.well-known/openid-configuration").body());

        assertThat(discovery).containsEntry("issuer", issuer.toString())
                .containsEntry("authorization_endpoint", issuer + "/oauth2/authorize")
                .containsEntry("token_endpoint", issuer + "/oauth2/token")
                .containsEntry("jwks_uri", issuer + "/oauth2/jwks");
    }

    @Test
    void a_caller_using_localhost_is_told_the_same_fixed_issuer() throws Exception {
        Map<String, Object> discovery = json(get("http://localhost:" + port + "/.well-known/openid-configuration").body());

        assertThat(discovery).containsEntry("issuer", issuer.toString());
    }

    @Test
    void a_desk_officer_signs_in_and_gets_a_token_naming_the_unit_and_province() {
        Map<String, Object> claims = claims(LoginFlow.accessToken(issuer, "desk.000.26.45.h26", "demo"));

        assertThat(claims).containsEntry("roles", List.of("DESK_OFFICER"))
                .containsEntry("unit", "000.26.45.H26")
                .containsEntry("province", "001")
                .containsEntry("preferred_username", "desk.000.26.45.h26")
                .containsEntry("sub", "desk.000.26.45.h26")
                .containsEntry("azp", "lienthong-cli")
                .containsEntry("iss", issuer.toString());
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(30 * 60);
    }

    @Test
    void the_username_may_be_typed_in_upper_case() {
        Map<String, Object> claims = claims(LoginFlow.accessToken(issuer, "DESK.000.26.45.H26", "demo"));

        assertThat(claims).containsEntry("preferred_username", "desk.000.26.45.h26");
    }

    @Test
    void a_wrong_password_fails_with_a_clear_exception() {
        assertThatThrownBy(() -> LoginFlow.accessToken(issuer, "desk.000.26.45.h26", "not-the-password"))
                .isInstanceOf(LoginFailedException.class)
                .hasMessageContaining("wrong username or password for desk.000.26.45.h26");
    }

    @Test
    void an_unknown_username_fails_like_a_wrong_password() {
        assertThatThrownBy(() -> LoginFlow.accessToken(issuer, "desk.999", "demo"))
                .isInstanceOf(LoginFailedException.class)
                .hasMessageContaining("wrong username or password");
    }

    @Test
    void a_citizen_signs_in_with_the_personal_id_number() {
        Map<String, Object> claims = claims(LoginFlow.accessToken(issuer, "056190006721", "demo"));

        assertThat(claims).containsEntry("roles", List.of("CITIZEN"))
                .containsEntry("province", "056")
                .containsEntry("preferred_username", "056190006721")
                .doesNotContainKey("unit");
    }

    @Test
    void the_carrier_gets_a_client_credentials_token_with_its_role() {
        Map<String, Object> claims = claims(LoginFlow.clientCredentials(issuer, "carrier", "demo-secret"));

        assertThat(claims).containsEntry("roles", List.of("CARRIER"))
                .containsEntry("azp", "carrier")
                .containsEntry("sub", "carrier")
                .containsEntry("preferred_username", "carrier")
                .containsEntry("iss", issuer.toString())
                .doesNotContainKeys("unit", "province");
    }

    @Test
    void each_service_client_and_the_metrics_scraper_get_their_roles() {
        assertThat(claims(LoginFlow.clientCredentials(issuer, "dossier-orchestrator", "demo-secret")))
                .containsEntry("roles", List.of("SERVICE"));
        assertThat(claims(LoginFlow.clientCredentials(issuer, "civil-registry-service", "demo-secret")))
                .containsEntry("roles", List.of("SERVICE"));
        assertThat(claims(LoginFlow.clientCredentials(issuer, "prometheus", "demo-secret")))
                .containsEntry("roles", List.of("METRICS_SCRAPER"));
    }

    @Test
    void a_wrong_client_secret_fails_with_a_clear_exception() {
        assertThatThrownBy(() -> LoginFlow.clientCredentials(issuer, "carrier", "wrong"))
                .isInstanceOf(LoginFailedException.class)
                .hasMessageContaining("client authentication failed for carrier");
    }

    @Test
    void a_provider_that_is_not_running_fails_with_a_clear_exception() {
        assertThatThrownBy(() -> LoginFlow.accessToken(URI.create("http://127.0.0.1:1"), "operator", "demo"))
                .isInstanceOf(LoginFailedException.class)
                .hasMessageContaining("identity provider not reachable at http://127.0.0.1:1");
    }

    @Test
    void tokens_are_signed_with_rs256_by_the_key_the_jwks_endpoint_publishes() throws Exception {
        SignedJWT token = SignedJWT.parse(LoginFlow.accessToken(issuer, "operator", "demo"));
        JWKSet keys = JWKSet.parse(get(issuer + "/oauth2/jwks").body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());

        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(key.isPrivate()).isFalse();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void the_login_page_is_one_form_with_username_and_password_fields() throws Exception {
        String page = get(issuer + "/login").body();

        assertThat(page.split("<form", -1)).hasSize(2);
        assertThat(page).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
    }

    @Test
    void health_is_public() throws Exception {
        HttpResponse<String> health = get(issuer + "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "desk.000.10.34.h34,   DESK_OFFICER,      000.10.34.H34, 056",
            "police.000.26.45.h26, POLICE_OFFICER,    000.26.45.H26, 001",
            "bhxh.001,             INSURANCE_OFFICER, -,             001",
            "operator,             OPERATOR,          -,             -",
            "auditor,              AUDITOR,           -,             -",
            "001092004512,         CITIZEN,           -,             001"})
    void bin_token_signs_each_kind_of_account_in_through_the_login_form(String username, String role, String unit,
                                                                         String province) throws Exception {
        Result result = binToken(Map.of(), username);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Map<String, Object> claims = claims(result.stdout().strip());
        assertThat(claims).containsEntry("roles", List.of(role))
                .containsEntry("preferred_username", username)
                .containsEntry("azp", "lienthong-cli")
                .containsEntry("iss", issuer.toString());
        assertThat(claims.get("unit")).isEqualTo(unit);
        assertThat(claims.get("province")).isEqualTo(province);
        assertThat(result.stdout()).isEqualTo(result.stdout().strip() + "\n");
    }

    @Test
    void bin_token_gets_a_client_token() throws Exception {
        Result result = binToken(Map.of(), "--client", "carrier");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(claims(result.stdout().strip())).containsEntry("roles", List.of("CARRIER"))
                .containsEntry("azp", "carrier");
    }

    @Test
    void bin_token_says_so_in_one_line_when_the_password_is_wrong() throws Exception {
        Result result = binToken(Map.of("LIENTHONG_PASSWORD", "wrong"), "operator");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip()).doesNotContain("\n").contains("wrong username or password");
    }

    @Test
    void bin_token_says_so_in_one_line_when_the_client_secret_is_wrong() throws Exception {
        Result result = binToken(Map.of(), "--client", "carrier", "wrong");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip()).doesNotContain("\n").contains("carrier");
    }

    @Test
    void bin_token_says_so_in_one_line_when_the_provider_is_not_reachable() throws Exception {
        Result result = binToken(Map.of("LIENTHONG_ISSUER", "http://127.0.0.1:1"), "operator");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip()).doesNotContain("\n").contains("not reachable");
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code bin/token} from the repository root against this test's provider. */
    private static Result binToken(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bin/token"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("..").toFile());
        builder.environment().put("LIENTHONG_ISSUER", issuer.toString());
        builder.environment().remove("LIENTHONG_PASSWORD");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The payload of a JWT, decoded (base64url) and parsed. */
    private static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String json) {
        return JSON.readValue(json, Map.class);
    }
}
