package dev.qbrsync.persistence.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code restore --replace} drops: QBR Sync's tables and migration history, and nothing else. */
final class ReplacedTables {
    /** The function behind the audit log's append-only triggers, created by a migration. */
    private static final String AUDIT_GUARD = "qbr_audit_log_refuse_change()";

    private ReplacedTables() {
    }

    /** For people: each table with its row count. */
    static String describe(Map<String, Long> rowCounts) {
        return rowCounts.entrySet().stream().map(table -> table.getKey() + " (" + table.getValue() + " rows)")
                .collect(Collectors.joining(", "));
    }

    /**
     * Drops the tables in one transaction, without CASCADE: anything else that depends on them (a view of the
     * dashboard's, say) makes PostgreSQL refuse, and nothing is dropped.
     */
    static void drop(Connection connection, Collection<String> tables) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + Sql.identifiers(java.util.List.copyOf(tables)));
            statement.execute("DROP FUNCTION IF EXISTS " + AUDIT_GUARD);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new BackupRefusedException("--replace dropped nothing: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
