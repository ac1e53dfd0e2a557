package dev.qbrsync.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A restart skips Flyway only when the database has exactly the shipped migrations; else Flyway decides, as before. */
class SchemaHistoryTest {

    @Test
    void theShippedChecksumsAreTheOnesFlywayRecordedSoAMigratedDatabaseMatches() throws SQLException {
        try (Database database = EmbeddedPostgresDatabases.freshDatabase()) {
            assertThat(ShippedMigrations.checksumsByVersion()).hasSizeGreaterThanOrEqualTo(9)
                    .containsKeys("1", "1.1", "2", DefaultRulesMigration.VERSION).isEqualTo(recordedChecksums(database));
            assertThat(SchemaHistory.matchesShipped(database.dataSource())).isTrue();
            assertThat(Database.migrate(database.dataSource())).isZero();
            assertThat(database.health().pendingMigrations()).isZero();
        }
    }

    @Test
    void aMissingMigrationIsLeftToFlywayWhichAppliesIt() throws SQLException {
        try (Database database = EmbeddedPostgresDatabases.freshDatabase()) {
            String newest = Database.newestSchemaVersion(database.dataSource());
            execute(database, "DELETE FROM flyway_schema_history WHERE version = '" + newest + "'");

            assertThat(SchemaHistory.matchesShipped(database.dataSource())).isFalse();
            assertThat(database.health().pendingMigrations()).isEqualTo(1);
            assertThat(Database.migrate(database.dataSource())).as("Flyway applied it again").isEqualTo(1);
            assertThat(SchemaHistory.matchesShipped(database.dataSource())).isTrue();
        }
    }

    @Test
    void aChangedChecksumOrAFailedEntryIsLeftToFlywaysValidation() throws SQLException {
        try (Database database = EmbeddedPostgresDatabases.freshDatabase()) {
            execute(database, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
            assertThat(SchemaHistory.matchesShipped(database.dataSource())).isFalse();
            assertThatThrownBy(() -> Database.migrate(database.dataSource())).hasMessageContaining("checksum");

            execute(database, "UPDATE flyway_schema_history SET checksum = checksum - 1, success = false "
                    + "WHERE version = '2'");
            assertThat(SchemaHistory.matchesShipped(database.dataSource())).isFalse();
        }
    }

    @Test
    void aDatabaseWithoutHistoryDoesNotMatch() throws SQLException {
        try (Database database = EmbeddedPostgresDatabases.freshDatabase()) {
            execute(database, "ALTER TABLE flyway_schema_history RENAME TO some_other_history");

            assertThat(SchemaHistory.matchesShipped(database.dataSource())).isFalse();
        }
    }

    private static Map<String, Integer> recordedChecksums(Database database) throws SQLException {
        Map<String, Integer> recorded = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, checksum FROM flyway_schema_history WHERE type = 'SQL'")) {
            while (rows.next()) {
                recorded.put(rows.getString(1), rows.getInt(2));
            }
        }
        return recorded;
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
