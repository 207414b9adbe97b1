package vn.lienthong.platform.messaging;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates the platform's tables (outbox, inbox) in the schema {@code messaging}, with a Flyway
 * history of their own, so a service's migrations in {@code public} stay entirely its own.
 */
public class MessagingSchema {

    public static final String SCHEMA = "messaging";

    MessagingSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/messaging")
                .load()
                .migrate();
    }
}
