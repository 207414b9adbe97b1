package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak realm of docker-compose ({@code ops/keycloak/lienthong-realm.json}) and the local provider agree on
 * the accounts (usernames, roles, unit, province, password), the clients (grants, redirect URIs, PKCE, secrets,
 * roles) and the claims of the access tokens. When the units or the demo citizens change, regenerate the file
 * (see {@link KeycloakRealm}).
 */
class KeycloakRealmAgreementUnitTest {

    private static final String REGENERATE = "; regenerate it: ./mvnw -o -pl identity-provider test "
            + "-Dtest=KeycloakRealmAgreementUnitTest -Dlienthong.keycloak.write-realm=true";

    private static Map<String, Object> realm;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        if (Boolean.getBoolean("lienthong.keycloak.write-realm")) {
            KeycloakRealm.write(KeycloakRealm.FILE);
        }
        realm = JsonMapper.builder().build().readValue(Files.readString(KeycloakRealm.FILE), Map.class);
    }

    @Test
    void the_realm_is_lienthong_and_declares_every_role_of_the_provider() {
        assertThat(realm).containsEntry("realm", "lienthong").containsEntry("enabled", true);
        Set<String> roles = maps(((Map<?, ?>) realm.get("roles")).get("realm")).stream()
                .map(role -> (String) role.get("name")).collect(Collectors.toSet());
        assertThat(roles).containsAll(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void the_realm_has_exactly_the_providers_demo_accounts() {
        assertThat(people().keySet()).as("usernames in the realm" + REGENERATE)
                .containsExactlyInAnyOrderElementsOf(ConfiguredModel.accounts().usernames());
    }

    @Test
    void each_account_has_the_same_roles_unit_and_province_and_the_demo_password() {
        Map<String, Map<String, Object>> people = people();
        for (DemoAccount account : ConfiguredModel.accounts().all()) {
            Map<String, Object> user = people.get(account.username());
            assertThat(user).as(account.username() + REGENERATE).isNotNull();
            assertThat(strings(user.get("realmRoles"))).as("roles of " + account.username())
                    .containsExactlyInAnyOrderElementsOf(account.roles().stream().map(Role::name).toList());
            assertThat(attribute(user, "unit")).as("unit of " + account.username()).isEqualTo(account.unit());
            assertThat(attribute(user, "province")).as("province of " + account.username()).isEqualTo(account.province());
            assertThat(user.get("enabled")).isEqualTo(true);
            assertThat(maps(user.get("credentials"))).as("password of " + account.username())
                    .singleElement()
                    .satisfies(credential -> assertThat(credential)
                            .containsEntry("type", "password")
                            .containsEntry("value", ConfiguredModel.demoPassword())
                            .containsEntry("temporary", false));
        }
    }

    @Test
    void the_realm_has_exactly_the_providers_clients_with_their_grants_redirect_uris_and_pkce() {
        Map<String, Map<String, Object>> clients = clients();
        assertThat(clients.keySet()).containsExactlyInAnyOrderElementsOf(
                DemoClients.all().stream().map(DemoClient::clientId).toList());
        for (DemoClient model : DemoClients.all()) {
            Map<String, Object> client = clients.get(model.clientId());
            assertThat(grantTypes(client)).as("grants of " + model.clientId())
                    .containsExactlyInAnyOrderElementsOf(model.grantTypes());
            assertThat(client.get("publicClient")).as("public " + model.clientId()).isEqualTo(model.publicClient());
            assertThat(strings(client.get("redirectUris"))).as("redirect URIs of " + model.clientId())
                    .containsExactlyInAnyOrderElementsOf(model.redirectUris());
            assertThat("S256".equals(attributes(client).get("pkce.code.challenge.method")))
                    .as("PKCE S256 required by " + model.clientId()).isEqualTo(model.pkceRequired());
            assertThat(client.get("consentRequired")).isEqualTo(false);
            if (!model.publicClient()) {
                assertThat(client).containsEntry("clientAuthenticatorType", "client-secret")
                        .containsEntry("secret", ConfiguredModel.clientSecret());
            }
        }
    }

    @Test
    void each_machine_clients_service_account_has_the_roles_of_the_client() {
        Map<String, List<String>> serviceAccountRoles = users().stream()
                .filter(user -> user.get("serviceAccountClientId") != null)
                .collect(Collectors.toMap(user -> (String) user.get("serviceAccountClientId"),
                        user -> strings(user.get("realmRoles"))));
        for (DemoClient model : DemoClients.all()) {
            List<String> roles = serviceAccountRoles.getOrDefault(model.clientId(), List.of());
            assertThat(roles).as("roles of " + model.clientId())
                    .containsExactlyInAnyOrderElementsOf(model.roles().stream().map(Role::name).toList());
        }
    }

    @Test
    void every_client_puts_the_roles_and_preferred_username_in_the_access_token() {
        for (DemoClient model : DemoClients.all()) {
            Map<String, Map<String, Object>> claims = accessTokenClaims(clients().get(model.clientId()));
            assertThat(claims).as("claims of " + model.clientId()).containsKeys("roles", "preferred_username");
            assertThat(claims.get("roles")).containsEntry("protocolMapper", "oidc-usermodel-realm-role-mapper");
            assertThat(config(claims.get("roles"))).containsEntry("multivalued", "true");
            if (model.publicClient()) {
                assertThat(config(claims.get("preferred_username"))).containsEntry("user.attribute", "username");
                assertThat(claims).containsKeys("unit", "province");
                assertThat(config(claims.get("unit"))).containsEntry("user.attribute", "unit");
                assertThat(config(claims.get("province"))).containsEntry("user.attribute", "province");
            } else {
                assertThat(config(claims.get("preferred_username"))).containsEntry("claim.value", model.clientId());
                assertThat(strings(clients().get(model.clientId()).get("defaultClientScopes"))).doesNotContain("profile");
            }
        }
    }

    @Test
    void the_user_profile_declares_unit_and_province_and_requires_nothing() {
        Map<?, ?> components = (Map<?, ?>) realm.get("components");
        Map<String, Object> profile = maps(components.get("org.keycloak.userprofile.UserProfileProvider")).getFirst();
        String json = strings(config(profile).get("kc.user.profile.config")).getFirst();
        @SuppressWarnings("unchecked")
        Map<String, Object> config = JsonMapper.builder().build().readValue(json, Map.class);
        List<Map<String, Object>> attributes = maps(config.get("attributes"));

        assertThat(attributes).extracting(attribute -> attribute.get("name")).contains("unit", "province");
        assertThat(attributes).allSatisfy(attribute -> assertThat(attribute).doesNotContainKey("required"));
    }

    @Test
    void access_tokens_live_as_long_as_the_providers() {
        assertThat(((Number) realm.get("accessTokenLifespan")).longValue())
                .isEqualTo(ConfiguredModel.accessTokenTtl().toSeconds());
    }

    /** The people of the realm (not the machine clients' service accounts), by username. */
    private static Map<String, Map<String, Object>> people() {
        return users().stream().filter(user -> user.get("serviceAccountClientId") == null)
                .collect(Collectors.toMap(user -> (String) user.get("username"), user -> user, (a, b) -> a, TreeMap::new));
    }

    private static List<Map<String, Object>> users() {
        return maps(realm.get("users"));
    }

    private static Map<String, Map<String, Object>> clients() {
        return maps(realm.get("clients")).stream()
                .collect(Collectors.toMap(client -> (String) client.get("clientId"), client -> client));
    }

    /** The grant types a Keycloak client allows, named as OAuth 2.0 names them. */
    private static Set<String> grantTypes(Map<String, Object> client) {
        Set<String> grants = new HashSet<>();
        if (Boolean.TRUE.equals(client.get("standardFlowEnabled"))) {
            grants.add(DemoClient.AUTHORIZATION_CODE);
            if (!"false".equals(attributes(client).get("use.refresh.tokens"))) {
                grants.add(DemoClient.REFRESH_TOKEN);
            }
        }
        if (Boolean.TRUE.equals(client.get("serviceAccountsEnabled"))) {
            grants.add(DemoClient.CLIENT_CREDENTIALS);
        }
        if (Boolean.TRUE.equals(client.get("directAccessGrantsEnabled"))) {
            grants.add("password");
        }
        if (Boolean.TRUE.equals(client.get("implicitFlowEnabled"))) {
            grants.add("implicit");
        }
        return grants;
    }

    /** The client's protocol mappers that write into the access token, by claim name. */
    private static Map<String, Map<String, Object>> accessTokenClaims(Map<String, Object> client) {
        return maps(client.get("protocolMappers")).stream()
                .filter(mapper -> "true".equals(config(mapper).get("access.token.claim")))
                .collect(Collectors.toMap(mapper -> (String) config(mapper).get("claim.name"), mapper -> mapper));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> holder) {
        Object attributes = holder.get("attributes");
        return attributes == null ? Map.of() : (Map<String, Object>) attributes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Map<String, Object> holder) {
        return (Map<String, Object>) holder.get("config");
    }

    private static @Nullable String attribute(Map<String, Object> user, String name) {
        List<String> values = strings(attributes(user).get(name));
        return values.isEmpty() ? null : values.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }
}
