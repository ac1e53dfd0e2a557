package dev.qbrsync.persistence.backup;

import java.util.List;

/**
 * Every table QBR Sync keeps, the dashboard's tables it adopted included, parents before the tables that refer to
 * them: a restore loads them in this order and empties them in the reverse. A test checks that the migrations create
 * exactly these tables, so a new migration's table cannot be left out of backups.
 */
public final class BackupTables {
    public static final List<String> IN_LOAD_ORDER = List.of(
            "organization",
            "vendor",
            "qbwc_installation",
            "qbwc_companies",
            "qbr_api_tokens",
            "qbr_api_token_companies",
            "qbwc_account_mappings",
            "qbr_metrics_monthly",
            "qbwc_sync_sessions",
            "qbwc_sync_history",
            "qbwc_report_months",
            "qbwc_month_sync",
            "qbwc_employee_sync",
            "qbr_audit_log",
            "qbwc_login_failures",
            "qbr_instances",
            "qbr_job_runs",
            "qbr_browser_sessions",
            "qbr_setup_code");

    /** Flyway's record of the applied migrations: not backed up; a restore rebuilds it by migrating. */
    public static final String MIGRATION_HISTORY = "flyway_schema_history";

    /** The tables, then the migration history: everything of QBR Sync's a database can hold, in load order. */
    static List<String> withMigrationHistory() {
        List<String> tables = new java.util.ArrayList<>(IN_LOAD_ORDER);
        tables.add(MIGRATION_HISTORY);
        return tables;
    }

    private BackupTables() {
    }
}
