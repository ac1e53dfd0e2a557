package dev.qbrsync.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Migrations added below the newest one applied reach databases made before them. */
class MigrationHistoryTest {

    @Test
    void aDatabaseMadeBeforeMigrationOnePointOneTakesItOutOfOrderAndGetsTheConstraintNamedExplicitly()
            throws SQLException {
        try (Database database = EmbeddedPostgresDatabases.freshDatabase()) {
            // As QBR Sync left a database before 1.1 existed: V1's truncated name, no 1.1 in the history.
            execute(database, "ALTER TABLE qbr_metrics_monthly RENAME CONSTRAINT "
                    + "uq_metrics_monthly_period_metric_org_vendor TO "
                    + "qbr_metrics_monthly_period_metric_name_organization_id_vendor_k");
            execute(database, "DELETE FROM flyway_schema_history WHERE version = '1.1'");

            assertThat(Database.migrate(database.dataSource())).isEqualTo(1);

            assertThat(column(database, "SELECT conname FROM pg_constraint WHERE conrelid = "
                    + "'qbr_metrics_monthly'::regclass AND contype = 'u'"))
                    .containsExactly("uq_metrics_monthly_period_metric_org_vendor");
            assertThat(column(database, "SELECT version FROM flyway_schema_history WHERE success "
                    + "ORDER BY installed_rank DESC LIMIT 1")).containsExactly("1.1");
            assertThat(database.health().pendingMigrations()).isZero();
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> column(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
