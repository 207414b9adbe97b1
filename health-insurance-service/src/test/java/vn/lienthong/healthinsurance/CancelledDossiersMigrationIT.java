package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.lienthong.testsupport.TestDatabases;
import vn.lienthong.testsupport.TestDatabases.TestDatabase;

/**
 * The upgrade that hands this service's own list of withdrawn dossiers to the platform's dossier memory: a dossier
 * withdrawn before the upgrade must still be remembered after it, or its late IssueHealthInsuranceCard would issue a
 * card. The platform skips a step for every dossier its memory holds as CANCELLED for this service's name.
 */
class CancelledDossiersMigrationIT {

    /** The memory's consumer: {@code spring.application.name} of health-insurance-service.yml. */
    static final String CONSUMER = "health-insurance-service";

    @Test
    void aDossierWithdrawnBeforeTheUpgradeStaysCancelledInThePlatformsMemory() throws SQLException {
        TestDatabase database = TestDatabases.create("hi_v5");
        migrate(database, "db/messaging", "messaging", null);
        migrate(database, "db/healthinsurance", "public", "4");
        UUID withdrawn = UUID.randomUUID();
        OffsetDateTime cancelledAt = OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.UTC);
        try (Connection connection = database.server().connect(database.name());
             PreparedStatement insert = connection.prepareStatement(
                     "insert into cancelled_dossiers (dossier_id, cancellation_reason, cancelled_at) values (?, ?, ?)")) {
            insert.setObject(1, withdrawn);
            insert.setString(2, "Công dân rút hồ sơ");
            insert.setObject(3, cancelledAt);
            insert.executeUpdate();
        }

        migrate(database, "db/healthinsurance", "public", null);

        try (Connection connection = database.server().connect(database.name());
             PreparedStatement select = connection.prepareStatement("""
                     select state, reply_type, remembered_at from messaging.dossier_memory
                     where consumer = ? and dossier_id = ?""");
             ResultSet oldTable = connection.getMetaData().getTables(null, "public", "cancelled_dossiers", null)) {
            select.setString(1, CONSUMER);
            select.setObject(2, withdrawn);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("state")).isEqualTo("CANCELLED");
                assertThat(row.getString("reply_type")).isNull();
                assertThat(row.getObject("remembered_at", OffsetDateTime.class).toInstant()).isEqualTo(cancelledAt.toInstant());
            }
            assertThat(oldTable.next()).as("cancelled_dossiers dropped").isFalse();
        }
    }

    private static void migrate(TestDatabase database, String location, String schema, @Nullable String target) {
        var flyway = Flyway.configure()
                .dataSource(database.jdbcUrl(), database.server().username(), database.server().password())
                .schemas(schema).createSchemas(true).locations("classpath:" + location);
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }
}
