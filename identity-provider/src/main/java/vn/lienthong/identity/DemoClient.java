package vn.lienthong.identity;

import java.util.List;
import java.util.Set;

/**
 * A registered client: public ones (no secret) sign people in with the authorization-code flow and PKCE;
 * confidential ones are machines using client credentials, with the roles their tokens carry.
 */
public record DemoClient(String clientId, boolean publicClient, Set<String> grantTypes, List<String> redirectUris,
                         boolean pkceRequired, Set<String> scopes, List<Role> roles) {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String CLIENT_CREDENTIALS = "client_credentials";

    public DemoClient {
        grantTypes = Set.copyOf(grantTypes);
        redirectUris = List.copyOf(redirectUris);
        scopes = Set.copyOf(scopes);
        roles = List.copyOf(roles);
    }

    static DemoClient machine(String clientId, Role role) {
        return new DemoClient(clientId, false, Set.of(CLIENT_CREDENTIALS), List.of(), false, Set.of(), List.of(role));
    }
}
