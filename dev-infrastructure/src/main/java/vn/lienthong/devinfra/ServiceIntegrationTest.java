package vn.lienthong.devinfra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * One service on a real PostgreSQL database made for this run, a real in-JVM KRaft broker, and the real identity
 * provider (started once per JVM) as its token issuer; {@link TestIdentityProvider} signs the tests in.
 * The service starts through its own main method, so it reads its own {@code <service>.yml}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        useMainMethod = SpringBootTest.UseMainMethod.ALWAYS)
@ContextConfiguration(initializers = {FreshDatabase.class, IdentityProviderInitializer.class})
@EmbeddedKafka(partitions = 1,
        brokerProperties = {"offsets.topic.num.partitions=1", "log.cleaner.enable=false",
                "group.initial.rebalance.delay.ms=0"},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public @interface ServiceIntegrationTest {
}
