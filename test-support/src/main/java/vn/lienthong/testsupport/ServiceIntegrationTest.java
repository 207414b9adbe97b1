package vn.lienthong.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One service, as it runs, for an integration test: started through its own main method (so it reads its own
 * {@code <service>.yml}) on a random port, on a real PostgreSQL database made for this run ({@link FreshDatabase}),
 * a real in-JVM KRaft broker ({@code @EmbeddedKafka}) and the real identity provider as its token issuer
 * ({@link IdentityProviderInitializer}, {@link TestIdentityProvider}). The context also holds, for the test to
 * {@code @Autowired}:
 * <ul>
 *   <li>{@link TestClock} — the context's only {@link java.time.Clock} bean; reset after every test method;</li>
 *   <li>{@link ServiceHttp} — calls this service's port;</li>
 *   <li>{@link Commands} — sends to and taps this context's broker; its taps close after every test method.</li>
 * </ul>
 * Test classes with the same settings share one context (Spring's context cache), so a service's ITs usually
 * start it once.
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
@Import(ServiceTestConfiguration.class)
@TestExecutionListeners(listeners = ServiceTestListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ServiceIntegrationTest {

    /** Properties of this test's context, as {@code key=value} (a context of their own: use them sparingly). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
