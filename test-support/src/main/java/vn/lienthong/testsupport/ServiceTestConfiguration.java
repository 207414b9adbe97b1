package vn.lienthong.testsupport;

import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The beans {@link ServiceIntegrationTest} adds to a service's context. Their names start with {@code testSupport}
 * so they never clash with a service's own beans.
 */
@TestConfiguration(proxyBeanMethods = false)
class ServiceTestConfiguration {

    /**
     * The context's clock. Registered with the test's configuration, before auto-configuration, so the platform's
     * {@code @ConditionalOnMissingBean} clock backs off; primary, so a Clock bean a service still declares of its
     * own does not win either.
     */
    @Bean
    @Primary
    TestClock testSupportClock() {
        return new TestClock();
    }

    /**
     * On the broker of this very context. Not {@code ${spring.kafka.bootstrap-servers}}: the embedded broker also
     * publishes that as a system property, so once a second context has started its own broker, the property
     * names that one even in the tests of an earlier, cached context.
     */
    @Bean
    Commands testSupportCommands(ObjectProvider<EmbeddedKafkaBroker> broker, Environment environment,
                                 TestClock clock) {
        return new Commands(() -> {
            EmbeddedKafkaBroker embedded = broker.getIfAvailable();
            return embedded != null ? embedded.getBrokersAsString()
                    : environment.getRequiredProperty("spring.kafka.bootstrap-servers");
        }, clock);
    }

    /** On this context's server port, known only once the server has started, hence looked up per request. */
    @Bean
    ServiceHttp testSupportHttp(Environment environment) {
        return ServiceHttp.on(() -> URI.create("http://127.0.0.1:"
                + environment.getRequiredProperty("local.server.port")));
    }
}
