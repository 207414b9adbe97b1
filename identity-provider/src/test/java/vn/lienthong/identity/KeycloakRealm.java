package vn.lienthong.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code ops/keycloak/lienthong-realm.json}, the Keycloak 26 realm ({@code --import-realm}) that declares
 * what the local provider does: the same clients, roles, demo accounts and token claims. Run it after changing
 * the units, the demo citizens or the clients:
 * {@code ./mvnw -o -pl identity-provider test -Dtest=KeycloakRealmAgreementUnitTest -Dlienthong.keycloak.write-realm=true}
 * ({@link KeycloakRealmAgreementUnitTest} then checks the file against the provider's model).
 */
final class KeycloakRealm {

    static final Path FILE = Path.of("..", "ops", "keycloak", "lienthong-realm.json");
    static final String REALM = "lienthong";

    private static final String TRUE = "true";

    private KeycloakRealm() {
    }

    static void write(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json.writeValueAsString(realm()) + "\n");
    }

    static Map<String, Object> realm() {
        DemoAccounts accounts = ConfiguredModel.accounts();
        Map<String, Object> realm = new LinkedHashMap<>();
        realm.put("realm", REALM);
        realm.put("displayName", "Liên thông (local demo)");
        realm.put("enabled", true);
        // The local stack speaks plain HTTP on the loopback interface.
        realm.put("sslRequired", "none");
        realm.put("registrationAllowed", false);
        realm.put("loginWithEmailAllowed", false);
        realm.put("resetPasswordAllowed", false);
        realm.put("editUsernameAllowed", false);
        realm.put("rememberMe", false);
        realm.put("verifyEmail", false);
        realm.put("bruteForceProtected", false);
        realm.put("accessTokenLifespan", 30 * 60);
        realm.put("defaultSignatureAlgorithm", "RS256");
        realm.put("roles", Map.of("realm", roles()));
        realm.put("components", Map.of("org.keycloak.userprofile.UserProfileProvider", List.of(userProfile())));
        realm.put("clients", DemoClients.all().stream().map(KeycloakRealm::client).toList());
        List<Map<String, Object>> users = new ArrayList<>();
        accounts.all().forEach(account -> users.add(user(account)));
        DemoClients.all().stream().filter(client -> !client.publicClient())
                .forEach(client -> users.add(serviceAccount(client)));
        realm.put("users", users);
        return realm;
    }

    private static List<Map<String, Object>> roles() {
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(ordered("name", role.name(), "description", "Liên thông role " + role.name(),
                    "composite", false, "clientRole", false));
        }
        return roles;
    }

    /**
     * The declarative user profile (Keycloak 24+): {@code unit} and {@code province} declared (else Keycloak drops
     * them), and no attribute required, so no "update your profile" page interrupts a sign-in.
     */
    private static Map<String, Object> userProfile() {
        Map<String, Object> adminEdits = Map.of("view", List.of("admin", "user"), "edit", List.of("admin"));
        List<Map<String, Object>> attributes = List.of(
                ordered("name", "username", "displayName", "${username}",
                        "validations", ordered("length", Map.of("min", 3, "max", 255),
                                "username-prohibited-characters", Map.of(), "up-username-not-idn-homograph", Map.of()),
                        "permissions", adminEdits, "multivalued", false),
                ordered("name", "email", "displayName", "${email}",
                        "validations", ordered("email", Map.of(), "length", Map.of("max", 255)),
                        "permissions", adminEdits, "multivalued", false),
                ordered("name", "firstName", "displayName", "${firstName}",
                        "validations", ordered("length", Map.of("max", 255), "person-name-prohibited-characters", Map.of()),
                        "permissions", adminEdits, "multivalued", false),
                ordered("name", "lastName", "displayName", "${lastName}",
                        "validations", ordered("length", Map.of("max", 255), "person-name-prohibited-characters", Map.of()),
                        "permissions", adminEdits, "multivalued", false),
                ordered("name", "unit", "displayName", "Receiving unit code", "permissions", adminEdits, "multivalued", false),
                ordered("name", "province", "displayName", "Province code", "permissions", adminEdits, "multivalued", false));
        String config = JsonMapper.builder().build().writeValueAsString(
                ordered("attributes", attributes, "unmanagedAttributePolicy", "ADMIN_EDIT"));
        return ordered("name", "declarative-user-profile", "providerId", "declarative-user-profile",
                "subComponents", Map.of(), "config", Map.of("kc.user.profile.config", List.of(config)));
    }

    private static Map<String, Object> client(DemoClient model) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", model.clientId());
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", model.publicClient());
        if (!model.publicClient()) {
            client.put("clientAuthenticatorType", "client-secret");
            client.put("secret", ConfiguredModel.clientSecret());
        }
        client.put("standardFlowEnabled", model.grantTypes().contains(DemoClient.AUTHORIZATION_CODE));
        client.put("implicitFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("serviceAccountsEnabled", model.grantTypes().contains(DemoClient.CLIENT_CREDENTIALS));
        // First-party clients: no consent screen.
        client.put("consentRequired", false);
        client.put("fullScopeAllowed", true);
        client.put("redirectUris", model.redirectUris());
        client.put("webOrigins", List.of());
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (model.pkceRequired()) {
            attributes.put("pkce.code.challenge.method", "S256");
        }
        attributes.put("use.refresh.tokens", String.valueOf(model.grantTypes().contains(DemoClient.REFRESH_TOKEN)));
        attributes.put("client_credentials.use_refresh_token", "false");
        client.put("attributes", attributes);
        List<Map<String, Object>> mappers = new ArrayList<>();
        mappers.add(mapper("roles", "oidc-usermodel-realm-role-mapper",
                ordered("claim.name", "roles", "multivalued", TRUE, "jsonType.label", "String")));
        if (model.publicClient()) {
            // People: the username and the unit and province attributes.
            mappers.add(mapper("preferred_username", "oidc-usermodel-property-mapper",
                    ordered("user.attribute", "username", "claim.name", "preferred_username", "jsonType.label", "String")));
            mappers.add(mapper("unit", "oidc-usermodel-attribute-mapper",
                    ordered("user.attribute", "unit", "claim.name", "unit", "jsonType.label", "String")));
            mappers.add(mapper("province", "oidc-usermodel-attribute-mapper",
                    ordered("user.attribute", "province", "claim.name", "province", "jsonType.label", "String")));
            client.put("defaultClientScopes", List.of("basic", "profile", "roles", "web-origins", "acr"));
        } else {
            // Machines: the client ID, as the local provider does (not Keycloak's "service-account-..." username),
            // hence no "profile" scope, whose mapper would set the service account's username.
            mappers.add(mapper("preferred_username", "oidc-hardcoded-claim-mapper",
                    ordered("claim.name", "preferred_username", "claim.value", model.clientId(), "jsonType.label", "String")));
            client.put("defaultClientScopes", List.of("basic", "roles", "web-origins", "acr"));
        }
        client.put("optionalClientScopes", List.of());
        client.put("protocolMappers", mappers);
        return client;
    }

    private static Map<String, Object> mapper(String name, String type, Map<String, Object> config) {
        Map<String, Object> everywhere = new LinkedHashMap<>(config);
        everywhere.put("access.token.claim", TRUE);
        everywhere.put("id.token.claim", TRUE);
        everywhere.put("userinfo.token.claim", TRUE);
        everywhere.put("introspection.token.claim", TRUE);
        return ordered("name", name, "protocol", "openid-connect", "protocolMapper", type, "consentRequired", false,
                "config", everywhere);
    }

    private static Map<String, Object> user(DemoAccount account) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", account.username());
        user.put("enabled", true);
        user.put("emailVerified", false);
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (account.unit() != null) {
            attributes.put("unit", List.of(account.unit()));
        }
        if (account.province() != null) {
            attributes.put("province", List.of(account.province()));
        }
        user.put("attributes", attributes);
        user.put("credentials", List.of(ordered("type", "password", "value", ConfiguredModel.demoPassword(),
                "temporary", false)));
        user.put("requiredActions", List.of());
        user.put("realmRoles", account.roles().stream().map(Role::name).toList());
        return user;
    }

    /** The user behind a machine client's tokens in Keycloak; its realm roles are the client's. */
    private static Map<String, Object> serviceAccount(DemoClient client) {
        return ordered("username", "service-account-" + client.clientId(), "enabled", true,
                "serviceAccountClientId", client.clientId(),
                "realmRoles", client.roles().stream().map(Role::name).toList());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
