package vn.lienthong.platform.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import vn.lienthong.platform.security.ResourceServerAutoConfiguration;
import vn.lienthong.platform.security.SecuritySettings;

/**
 * Every service's OpenAPI document (springdoc, {@code /v3/api-docs}) made a contract a generated client can trust;
 * see the package description. The document stays public, as the security configuration has it: the client build
 * and the fuzzer read it without a token, it shows the API's shape and nothing of its data, and a deployment that
 * wants it closed sets {@code springdoc.api-docs.enabled=false}.
 */
@AutoConfiguration(after = ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({GlobalOpenApiCustomizer.class, io.swagger.v3.oas.models.OpenAPI.class})
@EnableConfigurationProperties({OpenApiSettings.class, SecuritySettings.class})
public class OpenApiAutoConfiguration {

    @Bean
    GlobalOperationCustomizer lienthongOperationNames() {
        return new OperationNames();
    }

    @Bean
    GlobalOpenApiCustomizer lienthongContract(OpenApiSettings settings, SecuritySettings security,
                                              Environment environment) {
        return new ContractCustomizer(() -> ServiceInfo.of(settings, environment, security.issuerUri()),
                security.issuerUri(), security.publicPaths());
    }

    @Bean
    static OperationChecks lienthongOperationChecks(ApplicationContext context) {
        return new OperationChecks(context);
    }
}
