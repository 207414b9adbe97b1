package vn.lienthong.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Authorization Server with everything in memory: the demo accounts behind Spring Security's form login,
 * the registered clients, RS256 tokens carrying {@link TokenClaims}. Two filter chains: the protocol endpoints,
 * and the rest (login form, health).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IdentitySettings.class, ReceivingUnits.class})
class SecurityConfiguration {

    @Bean
    Issuer issuer(IdentitySettings settings) {
        return new Issuer(settings.issuer());
    }

    @Bean
    DemoAccounts demoAccounts(ReceivingUnits units, IdentitySettings settings) {
        return DemoAccounts.from(units.units(), settings.demoCitizens());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(DemoAccounts accounts, PasswordEncoder encoder, IdentitySettings settings) {
        // One hash for every account: encoding the same password thirty times would only slow the start.
        return new DemoUserDetailsService(accounts, encoder.encode(settings.demoPassword()));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(PasswordEncoder encoder, IdentitySettings settings) {
        // One hash per client (a fresh salt each): the in-memory repository refuses two clients with equal secrets.
        return new InMemoryRegisteredClientRepository(DemoClients.all().stream()
                .map(client -> registered(client, encoder.encode(settings.clientSecret()), settings.accessTokenTtl()))
                .toList());
    }

    private static RegisteredClient registered(DemoClient client, String encodedSecret, Duration accessTokenTtl) {
        RegisteredClient.Builder builder = RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(accessTokenTtl).build())
                // First-party clients: no consent screen.
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(client.pkceRequired())
                        .requireAuthorizationConsent(false)
                        .build());
        if (client.publicClient()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(encodedSecret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        client.grantTypes().forEach(grant -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
        client.redirectUris().forEach(builder::redirectUri);
        client.scopes().forEach(builder::scope);
        return builder.build();
    }

    /** No issuer here: {@link IssuerContextFilter} supplies it, once the server's port is known. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentitySettings settings) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(settings.keyFile())));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(DemoAccounts accounts) {
        return new TokenClaims(accounts);
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http, Issuer issuer, AuthorizationServerSettings settings) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
            server.withObjectPostProcessor(new ObjectPostProcessor<Filter>() {
                @Override
                @SuppressWarnings("unchecked")
                public <O extends Filter> O postProcess(O filter) {
                    return filter.getClass().getSimpleName().equals(IssuerContextFilter.WRAPPED_FILTER)
                            ? (O) new IssuerContextFilter(filter, issuer)
                            : filter;
                }
            });
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A person not yet signed in who asks for a code goes to the login form.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        PathPatternRequestMatcher.pathPattern(settings.getAuthorizationEndpoint())));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.permitAll());
        return http.build();
    }
}
