package vn.lienthong.healthinsurance.config;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.platform.messaging.MessagingSchema;

/**
 * The service's migrations run after the platform's: V5 moves the withdrawals this service remembered into the
 * platform's dossier memory, so that table must exist first. The platform's schema migrates itself when its bean is
 * made; asking for it here makes it before Flyway migrates the service's own tables.
 */
@Configuration(proxyBeanMethods = false)
class MigrationOrder {

    @Bean
    FlywayMigrationStrategy afterThePlatformsSchema(MessagingSchema platformSchema) {
        return Flyway::migrate;
    }
}
