package vn.lienthong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtsUnitTest {

    private static final String TOKEN = jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}",
            "{\"sub\":\"dossier-orchestrator\",\"azp\":\"dossier-orchestrator\",\"roles\":[\"SERVICE\"],\"exp\":1}");

    @Test
    void readsTheClaimsAndTheHeaderOfAToken() {
        assertThat(Jwts.claims(TOKEN)).containsEntry("sub", "dossier-orchestrator")
                .containsEntry("roles", List.of("SERVICE")).containsEntry("exp", 1);
        assertThat(Jwts.header(TOKEN)).containsEntry("kid", "k1");
        assertThat(Jwts.roles(Jwts.claims(TOKEN))).containsExactly("SERVICE");
    }

    @Test
    void recognisesAServiceClientsToken() {
        assertThat(Jwts.isServiceClient(Jwts.claims(TOKEN), "dossier-orchestrator")).isTrue();
        assertThat(Jwts.isServiceClient(Jwts.claims(TOKEN), "civil-registry-service")).isFalse();
        String person = jwt("{}", "{\"sub\":\"desk.000.26.45.h26\",\"azp\":\"lienthong-cli\",\"roles\":[\"DESK_OFFICER\"]}");
        assertThat(Jwts.isServiceClient(Jwts.claims(person), "lienthong-cli")).isFalse();
    }

    @Test
    void readsTheTokenOfAnAuthorizationHeader() {
        assertThat(Jwts.bearerClaims("Bearer " + TOKEN)).hasValueSatisfying(
                claims -> assertThat(claims).containsEntry("azp", "dossier-orchestrator"));
        assertThat(Jwts.bearerClaims("Basic abc")).isEmpty();
        assertThat(Jwts.bearerClaims(null)).isEmpty();
        assertThat(Jwts.bearerClaims("Bearer not-a-jwt")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAJwt() {
        assertThatThrownBy(() -> Jwts.claims("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jwts.claims("a.b!.c")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Jwts.claimsIfJwt("a.b.c")).isEmpty();
    }

    private static String jwt(String header, String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
