package vn.lienthong.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a JWT says, without checking it: for a test asserting which token a service sent (WireMock's
 * recorded requests) or was given. Checking signatures is the services' business and the identity provider's.
 */
public final class Jwts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEARER = "Bearer ";

    private Jwts() {
    }

    /** The token's claims ({@code sub}, {@code azp}, {@code roles}, {@code unit}, ...); fails on what is not a JWT. */
    public static Map<String, Object> claims(String token) {
        return part(token, 1);
    }

    /** The token's JOSE header ({@code alg}, {@code kid}, ...); fails on what is not a JWT. */
    public static Map<String, Object> header(String token) {
        return part(token, 0);
    }

    /** The claims, or empty when {@code token} is null or not a JWT. */
    public static Optional<Map<String, Object>> claimsIfJwt(@Nullable String token) {
        try {
            return token == null ? Optional.empty() : Optional.of(claims(token));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The claims of an {@code Authorization: Bearer <JWT>} header's token, or empty when it carries none. */
    public static Optional<Map<String, Object>> bearerClaims(@Nullable String authorizationHeader) {
        return authorizationHeader != null && authorizationHeader.startsWith(BEARER)
                ? claimsIfJwt(authorizationHeader.substring(BEARER.length())) : Optional.empty();
    }

    /** The {@code roles} claim (the platform's role names), empty when there is none. */
    public static List<String> roles(Map<String, Object> claims) {
        return claims.get("roles") instanceof List<?> roles ? roles.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * True when the claims are those of a client-credentials token of {@code clientId} (subject and authorized
     * party both the client) with role {@code SERVICE}: what a service's machine-to-machine endpoint accepts.
     */
    public static boolean isServiceClient(Map<String, Object> claims, String clientId) {
        return clientId.equals(claims.get("azp")) && clientId.equals(claims.get("sub"))
                && roles(claims).contains("SERVICE");
    }

    private static Map<String, Object> part(String token, int index) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT (three dot-separated parts)");
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(parts[index]);
            return JSON.readValue(new String(json, StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() { });
        } catch (IllegalArgumentException | JacksonException e) {
            throw new IllegalArgumentException("not a JWT: part " + index + " is not base64url JSON", e);
        }
    }
}
