package vn.lienthong.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the tests' identity provider ({@link TestIdentityProvider}, started on
 * first use) the way a deployment does: through {@value #ISSUER_VARIABLE}, which the services' configuration reads.
 * Added last, so a test that names another issuer ({@code lienthong.security.issuer-uri}) still can.
 */
public class IdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_VARIABLE = "LIENTHONG_SECURITY_ISSUER_URI";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-identity-provider",
                Map.of(ISSUER_VARIABLE, TestIdentityProvider.issuer().toString())));
    }
}
