package dev.qbrsync.app;

import dev.qbrsync.persistence.Database;
import dev.qbrsync.persistence.JooqApiTokenRepository;
import dev.qbrsync.persistence.JooqAuditLog;
import dev.qbrsync.persistence.JooqBrowserSessionRepository;
import dev.qbrsync.persistence.JooqCompanyDirectory;
import dev.qbrsync.persistence.JooqLoginFailures;
import dev.qbrsync.persistence.JooqMappingRepository;
import dev.qbrsync.persistence.JooqMetricsRepository;
import dev.qbrsync.persistence.JooqSetupCodeStore;
import dev.qbrsync.persistence.JooqSyncHistory;
import dev.qbrsync.persistence.JooqSyncLedger;
import dev.qbrsync.persistence.JooqTransactions;

import java.time.Clock;

/**
 * Each PostgreSQL adapter of the core's ports, built once for the command line and the server alike. The sessions'
 * adapter is not here: it records the instance serving them, which exists only once the server registers it.
 */
record PostgresAdapters(Database database, JooqCompanyDirectory companies, JooqMappingRepository mappings,
                        JooqMetricsRepository metrics, JooqSyncHistory history, JooqSyncLedger ledger,
                        JooqAuditLog auditLog, JooqApiTokenRepository apiTokens,
                        JooqBrowserSessionRepository browserSessions, JooqLoginFailures loginFailures,
                        JooqTransactions transactions, JooqSetupCodeStore setupCodes) {

    static PostgresAdapters on(Database database, Clock clock) {
        return new PostgresAdapters(database, new JooqCompanyDirectory(database, clock),
                new JooqMappingRepository(database, clock), new JooqMetricsRepository(database, clock),
                new JooqSyncHistory(database), new JooqSyncLedger(database), new JooqAuditLog(database),
                new JooqApiTokenRepository(database), new JooqBrowserSessionRepository(database),
                new JooqLoginFailures(database), new JooqTransactions(database), new JooqSetupCodeStore(database));
    }
}
