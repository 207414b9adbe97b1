package vn.lienthong.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's application context at a database of its own, made for this run. */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String purpose = context.getEnvironment().getProperty("spring.application.name", "service");
        TestDatabases.TestDatabase database = TestDatabases.create(purpose);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-database", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.server().username(),
                "spring.datasource.password", database.server().password())));
    }
}
