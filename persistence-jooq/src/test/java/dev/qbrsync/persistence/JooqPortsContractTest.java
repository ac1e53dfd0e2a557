package dev.qbrsync.persistence;

import dev.qbrsync.core.access.ApiTokenRepository;
import dev.qbrsync.core.access.BrowserSessionRepository;
import dev.qbrsync.core.access.LoginFailures;
import dev.qbrsync.core.audit.AuditLog;
import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.port.contract.ApiTokenRepositoryContract;
import dev.qbrsync.core.port.contract.AuditLogContract;
import dev.qbrsync.core.port.contract.BrowserSessionRepositoryContract;
import dev.qbrsync.core.port.contract.CompanyDirectoryContract;
import dev.qbrsync.core.port.contract.LoginFailuresContract;
import dev.qbrsync.core.port.contract.MappingRepositoryContract;
import dev.qbrsync.core.port.contract.MetricsRepositoryContract;
import dev.qbrsync.core.port.contract.SessionRepositoryContract;
import dev.qbrsync.core.port.contract.StoredReportsContract;
import dev.qbrsync.core.port.contract.SyncHistoryContract;
import dev.qbrsync.core.port.contract.SyncLedgerContract;
import dev.qbrsync.core.session.SessionRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;

import java.time.Clock;

import static dev.qbrsync.persistence.generated.Tables.QBR_METRICS_MONTHLY;

/** The PostgreSQL adapters pass the same contracts as the in-memory ones, on one fresh database. */
class JooqPortsContractTest {
    private static final Database DATABASE = EmbeddedPostgresDatabases.freshDatabase();

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected SessionRepository repository() {
            return new JooqSessionRepository(DATABASE);
        }
    }

    @Nested
    class Companies extends CompanyDirectoryContract {
        @Override
        protected CompanyDirectory directory() {
            return new JooqCompanyDirectory(DATABASE, Clock.systemUTC());
        }

        @Override
        protected String newOrganization(String name) {
            return TestOrganizations.create(DATABASE);
        }
    }

    @Nested
    class Mappings extends MappingRepositoryContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected MappingRepository repository() {
            return new JooqMappingRepository(DATABASE, Clock.systemUTC());
        }
    }

    @Nested
    class Metrics extends MetricsRepositoryContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected MetricsRepository repository() {
            return new JooqMetricsRepository(DATABASE, Clock.systemUTC());
        }

        /** A person's row as the dashboard writes it: no vendor, a name in manually_entered_by. */
        @Override
        protected void enterByHand(StoredMetric metric) {
            DATABASE.dsl().insertInto(QBR_METRICS_MONTHLY)
                    .set(QBR_METRICS_MONTHLY.ORGANIZATION_ID, Integer.parseInt(metric.companyId()))
                    .set(QBR_METRICS_MONTHLY.PERIOD, metric.month().toString())
                    .set(QBR_METRICS_MONTHLY.METRIC_NAME, metric.key().code())
                    .set(QBR_METRICS_MONTHLY.METRIC_VALUE, metric.value())
                    .set(QBR_METRICS_MONTHLY.DATA_SOURCE, "manual")
                    .set(QBR_METRICS_MONTHLY.MANUALLY_ENTERED_BY, "finance@example.com")
                    .execute();
        }
    }

    @Nested
    class History extends SyncHistoryContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected SyncHistory history() {
            return new JooqSyncHistory(DATABASE);
        }
    }

    @Nested
    class Reports extends StoredReportsContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        private final JooqSyncHistory history = new JooqSyncHistory(DATABASE);

        @Override
        protected SyncHistory history() {
            return history;
        }

        @Override
        protected StoredReports reports() {
            return history;
        }
    }

    @Nested
    class LoginFailureCounts extends LoginFailuresContract {
        @Override
        protected LoginFailures failures() {
            return new JooqLoginFailures(DATABASE);
        }
    }

    @Nested
    class Ledger extends SyncLedgerContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected SyncLedger ledger() {
            return new JooqSyncLedger(DATABASE);
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected AuditLog log() {
            return new JooqAuditLog(DATABASE);
        }
    }

    @Nested
    class ApiTokens extends ApiTokenRepositoryContract {
        @Override
        protected String newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected ApiTokenRepository repository() {
            return new JooqApiTokenRepository(DATABASE);
        }
    }

    @Nested
    class BrowserSessions extends BrowserSessionRepositoryContract {
        @Override
        protected BrowserSessionRepository repository() {
            return new JooqBrowserSessionRepository(DATABASE);
        }
    }
}
