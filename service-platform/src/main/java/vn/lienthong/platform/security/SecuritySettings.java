package vn.lienthong.platform.security;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lienthong.security}: the issuer every service trusts, and this service's own client for calling others.
 *
 * @param issuerUri the OpenID Connect issuer; tokens must name it in {@code iss}
 * @param jwkSetUri where its signing keys are; default {@code <issuer>/oauth2/jwks} (Spring Authorization
 *                  Server), e.g. {@code <issuer>/protocol/openid-connect/certs} for Keycloak
 * @param tokenUri its token endpoint, for this service's client-credentials grant; default {@code <issuer>/oauth2/token}
 * @param clientId this service's client; default its application name
 * @param clientSecret the client's secret (never logged)
 * @param publicPaths paths under {@code /api} anyone may call (rate-limited by the service)
 */
@ConfigurationProperties("lienthong.security")
public record SecuritySettings(
        @DefaultValue("http://127.0.0.1:9000") URI issuerUri,
        @Nullable URI jwkSetUri,
        @Nullable URI tokenUri,
        @Nullable String clientId,
        @DefaultValue("demo-secret") String clientSecret,
        @DefaultValue List<String> publicPaths) {

    public URI jwks() {
        return jwkSetUri != null ? jwkSetUri : URI.create(stripSlash(issuerUri) + "/oauth2/jwks");
    }

    public URI token() {
        return tokenUri != null ? tokenUri : URI.create(stripSlash(issuerUri) + "/oauth2/token");
    }

    @Override
    public String toString() {
        return "SecuritySettings[issuerUri=" + issuerUri + ", clientId=" + clientId + ", publicPaths=" + publicPaths + "]";
    }

    private static String stripSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
