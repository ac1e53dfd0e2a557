package dev.qbrsync.core.memory;

import dev.qbrsync.core.access.SetupCodeStore;
import dev.qbrsync.core.port.contract.SetupCodeStoreContract;
import dev.qbrsync.core.access.AccessKeyRepository;
import dev.qbrsync.core.memory.BoundedLoginFailures;
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
import dev.qbrsync.core.port.contract.AccessKeyRepositoryContract;
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
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.session.SessionRepository;
import org.junit.jupiter.api.Nested;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The in-memory adapters pass the same contracts as the PostgreSQL ones. */
class InMemoryPortsContractTest {

    @Nested
    class Sessions extends SessionRepositoryContract {
        private final InMemorySessionRepository repository = new InMemorySessionRepository();
        private int instances;

        @Override
        protected SessionRepository repository() {
            return repository;
        }

        @Override
        protected OtherInstance startOtherInstance() {
            String name = "instance " + ++instances;
            InMemorySessionRepository sessions = repository.instance(name);
            return new OtherInstance() {
                @Override
                public SessionRepository sessions() {
                    return sessions;
                }

                @Override
                public String description() {
                    return name;
                }

                @Override
                public void stop() {
                    repository.stop(name);
                }

                @Override
                public void endWithoutStopping() {
                    repository.endWithoutStopping(name);
                }

                @Override
                public void lastHeardFrom(Duration ago) {
                    repository.heartbeat(name, Instant.now().minus(ago));
                }
            };
        }
    }

    @Nested
    class Companies extends CompanyDirectoryContract {
        private final InMemoryCompanyDirectory directory = new InMemoryCompanyDirectory();
        private int organizations;

        @Override
        protected CompanyDirectory directory() {
            return directory;
        }

        @Override
        protected CompanyId newOrganization(String name) {
            CompanyId id = CompanyId.of(String.valueOf(++organizations));
            directory.withOrganization(id, name);
            return id;
        }
    }

    @Nested
    class Mappings extends MappingRepositoryContract {
        private final InMemoryMappingRepository repository = new InMemoryMappingRepository();

        @Override
        protected MappingRepository repository() {
            return repository;
        }
    }

    @Nested
    class Metrics extends MetricsRepositoryContract {
        private final InMemoryMetricsRepository repository = new InMemoryMetricsRepository(Clock.systemUTC());

        @Override
        protected MetricsRepository repository() {
            return repository;
        }

        @Override
        protected void enterByHand(StoredMetric metric) {
            repository.put(metric);
        }
    }

    @Nested
    class History extends SyncHistoryContract {
        private final InMemorySyncHistory history = new InMemorySyncHistory();

        @Override
        protected SyncHistory history() {
            return history;
        }
    }

    @Nested
    class Reports extends StoredReportsContract {
        private final InMemorySyncHistory history = new InMemorySyncHistory();

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
        private final BoundedLoginFailures failures = new BoundedLoginFailures();

        @Override
        protected LoginFailures failures() {
            return failures;
        }
    }

    @Nested
    class Ledger extends SyncLedgerContract {
        private final InMemorySyncLedger ledger = new InMemorySyncLedger();

        @Override
        protected SyncLedger ledger() {
            return ledger;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        private final InMemoryAuditLog log = new InMemoryAuditLog();

        @Override
        protected AuditLog log() {
            return log;
        }
    }

    @Nested
    class ApiTokens extends AccessKeyRepositoryContract {
        private final InMemoryAccessKeyRepository repository = new InMemoryAccessKeyRepository();

        @Override
        protected AccessKeyRepository repository() {
            return repository;
        }
    }

    @Nested
    class BrowserSessions extends BrowserSessionRepositoryContract {
        private final InMemoryBrowserSessionRepository repository = new InMemoryBrowserSessionRepository();

        @Override
        protected BrowserSessionRepository repository() {
            return repository;
        }
    }

    @Nested
    class SetupCodes extends SetupCodeStoreContract {
        private final InMemorySetupCodeStore store = new InMemorySetupCodeStore();

        @Override
        protected SetupCodeStore store() {
            return store;
        }
    }
}
