package vn.lienthong.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.lienthong.testsupport.ServiceIntegrationTest;

/**
 * What the platform accepts as a token, tested against an issuer whose key this test holds (its key set served
 * over HTTP as an issuer does), so it can also make the tokens no issuer would: expired, from another issuer,
 * signed by another key, unsigned. Real tokens from the real provider are used everywhere else.
 */
@ServiceIntegrationTest
class TokenValidationIT {

    private static final String ISSUER = "http://issuer.test";
    private static final RSAKey KEY = generate("issuer-key");
    private static final RSAKey FORGER = generate("issuer-key"); // same key ID, other key
    private static final HttpServer KEY_SET = serve(new JWKSet(KEY.toPublicJWK()).toString());

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("lienthong.security.issuer-uri", () -> ISSUER);
        registry.add("lienthong.security.jwk-set-uri",
                () -> "http://127.0.0.1:" + KEY_SET.getAddress().getPort() + "/jwks");
    }

    @Value("${local.server.port}") int port;

    @Test
    void acceptsAValidTokenAndReadsTheCallerFromItsClaims() {
        var answer = whoami(signed(KEY, claims(ISSUER, Instant.now().plusSeconds(300))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("username", "desk.000.26.45.h26")
                .containsEntry("roles", List.of("DESK_OFFICER"))
                .containsEntry("unitCode", "000.26.45.H26")
                .containsEntry("provinceCode", "001")
                .containsEntry("clientId", "lienthong-cli");
    }

    @Test
    void refusesAnExpiredToken() {
        assertThat(whoami(signed(KEY, claims(ISSUER, Instant.now().minus(Duration.ofMinutes(5))))).status())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertThat(whoami(signed(KEY, claims("http://elsewhere.test", Instant.now().plusSeconds(300)))).status())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertThat(whoami(signed(FORGER, claims(ISSUER, Instant.now().plusSeconds(300)))).status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnsignedToken() {
        String none = new PlainJWT(claims(ISSUER, Instant.now().plusSeconds(300))).serialize();
        assertThat(none.split("\\.", -1)).hasSize(3);

        var answer = whoami(none);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesATokenSignedWithTheIssuersPublicKeyAsAnHmacSecret() throws Exception {
        // The classic algorithm-confusion forgery: HS256 "signed" with the public key anyone can fetch.
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).type(JOSEObjectType.JWT).build();
        var jwt = new SignedJWT(header, claims(ISSUER, Instant.now().plusSeconds(300)));
        byte[] secret = KEY.toPublicJWK().toJSONString().repeat(2).getBytes(StandardCharsets.UTF_8);
        jwt.sign(new MACSigner(secret));

        assertThat(whoami(jwt.serialize()).status()).isEqualTo(401);
    }

    private static JWTClaimsSet claims(String issuer, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject("desk.000.26.45.h26")
                .claim("preferred_username", "desk.000.26.45.h26").claim("azp", "lienthong-cli")
                .claim("roles", List.of("DESK_OFFICER")).claim("unit", "000.26.45.H26").claim("province", "001")
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(30)))).expirationTime(Date.from(expires))
                .build();
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer whoami(String token) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/test/whoami")
                .header("Authorization", "Bearer " + token)
                .exchange((request, response) -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> body = response.bodyTo(Map.class);
                    return new Answer(response.getStatusCode().value(),
                            String.valueOf(response.getHeaders().getContentType()), body == null ? Map.of() : body);
                });
    }

    record Answer(int status, String contentType, Map<String, Object> body) {
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
