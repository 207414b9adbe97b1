package vn.lienthong.platform.security;

import java.time.Duration;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.lienthong.platform.audit.AuditFilter;

/**
 * Every service an OAuth 2.0 resource server (JWT) of one issuer, denying by default: health, the API documents
 * and the paths a service declares public are open; metrics need the scraper's (or an operator's) token;
 * dead letters an operator's; everything under {@code /api} a valid token plus the handler's own rule; the rest
 * nothing. The service's own client (client credentials) is registered for its calls to other services.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableMethodSecurity
public class ResourceServerAutoConfiguration {

    /** The registration ID of this service's own client, for OpenFeign's OAuth2 interceptor. */
    public static final String SERVICE_CLIENT = "lienthong-service";

    static {
        // The caller comes from the token, not from the request: keep it out of the OpenAPI parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http, SecuritySettings settings, JwtDecoder decoder,
                                       AuditFilter audit) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    if (!settings.publicPaths().isEmpty()) {
                        requests.requestMatchers(settings.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/prometheus")
                            .hasAnyRole(Role.METRICS_SCRAPER.name(), Role.OPERATOR.name())
                            .requestMatchers("/actuator/deadletters", "/actuator/deadletters/**")
                            .hasRole(Role.OPERATOR.name())
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                    "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                            .requestMatchers("/api/**").authenticated()
                            .anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Before the token is read, so refused tokens are audited too; it reads the caller at the end.
                .addFilterBefore(audit, BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Tokens signed by the issuer's keys (RS256 only: {@code alg: none} and symmetric algorithms are refused), naming
     * the issuer, within their validity (60 s clock skew). The keys are fetched when the first token arrives, so a
     * service starts before its identity provider.
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecuritySettings settings) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwks().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requests))
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuerUri().toString()));
        return decoder;
    }

    static JwtAuthenticationConverter authenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    @Bean
    static EndpointRules endpointRules(ApplicationContext context) {
        return new EndpointRules(context);
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RulesBeforeBinding());
            }
        };
    }

    /** This service's own client, to call other services with its client-credentials token. */
    @Bean
    @ConditionalOnMissingBean
    ClientRegistrationRepository serviceClientRegistrations(SecuritySettings settings, Environment environment) {
        String clientId = settings.clientId() != null ? settings.clientId()
                : environment.getProperty("spring.application.name", "service");
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(SERVICE_CLIENT)
                .clientId(clientId)
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(settings.token().toString())
                .build());
    }

    /** Works outside a request too (a queue worker calling another service), and renews the token when it expires. */
    @Bean
    @ConditionalOnMissingBean
    OAuth2AuthorizedClientManager serviceClientManager(ClientRegistrationRepository registrations) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }
}
