package vn.lienthong.identity;

import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims the services read (DESIGN.md §6), on every access token and ID token: {@code sub} and
 * {@code preferred_username} (the username, or the client ID for client credentials), {@code azp} (the client),
 * {@code roles} (a JSON array of role names), and {@code unit} and {@code province} when the account has them.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String PREFERRED_USERNAME = "preferred_username";
    static final String AUTHORIZED_PARTY = "azp";
    static final String ROLES = "roles";
    static final String UNIT = "unit";
    static final String PROVINCE = "province";

    private final DemoAccounts accounts;

    TokenClaims(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        var claims = context.getClaims();
        claims.claim(AUTHORIZED_PARTY, clientId);
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            DemoClient client = DemoClients.find(clientId)
                    .orElseThrow(() -> new IllegalStateException("no client model for " + clientId));
            claims.subject(clientId)
                    .claim(PREFERRED_USERNAME, clientId)
                    .claim(ROLES, names(client.roles()));
            return;
        }
        // authorization_code and refresh_token: the principal is the person who signed in.
        String username = context.getPrincipal().getName();
        DemoAccount account = accounts.find(username)
                .orElseThrow(() -> new IllegalStateException("no demo account " + username));
        claims.subject(account.username())
                .claim(PREFERRED_USERNAME, account.username())
                .claim(ROLES, names(account.roles()));
        if (account.unit() != null) {
            claims.claim(UNIT, account.unit());
        }
        if (account.province() != null) {
            claims.claim(PROVINCE, account.province());
        }
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::name).toList();
    }
}
