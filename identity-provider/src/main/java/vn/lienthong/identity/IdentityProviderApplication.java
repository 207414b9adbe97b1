package vn.lienthong.identity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationImportSelector;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The local OpenID Connect provider. Like {@code @SpringBootApplication}, but with a narrower set of
 * auto-configurations (see {@link ProviderAutoConfigurations}): the tests start it inside a service's JVM, whose
 * classpath brings JDBC, Flyway, Kafka and the platform's own auto-configurations.
 */
@SpringBootConfiguration
@AutoConfigurationPackage
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@Import(IdentityProviderApplication.ProviderAutoConfigurations.class)
public class IdentityProviderApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The provider as the local stack and the tests start it: with its own {@code identity-provider.yml}. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IdentityProviderApplication.class)
                .properties("spring.config.name=identity-provider");
    }

    /**
     * Spring Boot's own auto-configurations without data access and messaging, and none from other libraries or
     * modules: the provider keeps everything in memory, whatever else is on the classpath.
     */
    static class ProviderAutoConfigurations extends AutoConfigurationImportSelector {

        private static final List<String> UNWANTED_MODULES = List.of(
                ".jdbc.", ".sql.", ".jpa.", ".hibernate.", ".data.", ".flyway.", ".liquibase.", ".r2dbc.", ".jooq.",
                ".transaction.", ".session.", ".kafka.", ".amqp.", ".jms.", ".pulsar.", ".mongodb.", ".cassandra.",
                ".couchbase.", ".elasticsearch.", ".neo4j.", ".oauth2.client.");

        @Override
        protected @Nullable AnnotationAttributes getAttributes(AnnotationMetadata metadata) {
            return null; // no @EnableAutoConfiguration attributes: nothing excluded by annotation
        }

        @Override
        protected List<String> getCandidateConfigurations(AnnotationMetadata metadata,
                                                          @Nullable AnnotationAttributes attributes) {
            return new ArrayList<>(super.getCandidateConfigurations(metadata, attributes).stream()
                    .filter(ProviderAutoConfigurations::wanted)
                    .toList());
        }

        static boolean wanted(String autoConfiguration) {
            return autoConfiguration.startsWith("org.springframework.boot.")
                    && UNWANTED_MODULES.stream().noneMatch(autoConfiguration::contains);
        }
    }
}
