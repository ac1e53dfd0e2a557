package dev.qbrsync.persistence;

import dev.qbrsync.core.access.SetupCodeStore;
import dev.qbrsync.core.port.contract.SetupCodeStoreContract;
import dev.qbrsync.core.access.AccessKeyRepository;
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
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.qbrsync.persistence.generated.Tables.QBR_INSTANCES;
import static dev.qbrsync.persistence.generated.Tables.QBR_METRICS_MONTHLY;

/** The PostgreSQL adapters pass the same contracts as the in-memory ones, on one fresh database. */
class JooqPortsContractTest {
    private static final Database DATABASE = EmbeddedPostgresDatabases.freshDatabase();
    private static final ServerInstance LIVE_INSTANCE = ServerInstance.register(DATABASE, "this test");

    @AfterAll
    static void close() {
        LIVE_INSTANCE.close();
        DATABASE.close();
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        private final List<ServerInstance> instances = new ArrayList<>();

        @AfterEach
        void stopInstances() {
            instances.forEach(ServerInstance::close);
        }

        @Override
        protected CompanyId newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected SessionRepository repository() {
            return new JooqSessionRepository(DATABASE, LIVE_INSTANCE.id());
        }

        @Override
        protected OtherInstance startOtherInstance() {
            String description = "test instance " + (instances.size() + 1);
            ServerInstance instance = ServerInstance.register(DATABASE, description, Duration.ofHours(1));
            instances.add(instance);
            return new OtherInstance() {
                @Override
                public SessionRepository sessions() {
                    return new JooqSessionRepository(DATABASE, instance.id());
                }

                @Override
                public String description() {
                    return description;
                }

                @Override
                public void stop() {
                    instance.close();
                }

                /** Its connection is terminated, as when its process is killed. */
                @Override
                public void endWithoutStopping() {
                    DATABASE.dsl().fetch("select pg_terminate_backend(pid, 10000) from pg_locks where locktype = 'advisory' "
                            + "and objsubid = 2 and classid = {0}::oid and objid = {1}::oid",
                            ServerInstance.LIVENESS_LOCK_CLASS, instance.livenessKey());
                }

                @Override
                public void lastHeardFrom(Duration ago) {
                    DATABASE.dsl().update(QBR_INSTANCES).set(QBR_INSTANCES.HEARTBEAT_AT,
                            DSL.field("now() - {0} * interval '1 second'", Instant.class, ago.toSeconds()))
                            .where(QBR_INSTANCES.INSTANCE_ID.eq(instance.id())).execute();
                }
            };
        }
    }

    @Nested
    class Companies extends CompanyDirectoryContract {
        @Override
        protected CompanyDirectory directory() {
            return new JooqCompanyDirectory(DATABASE, Clock.systemUTC());
        }

        @Override
        protected CompanyId newOrganization(String name) {
            return TestOrganizations.create(DATABASE);
        }
    }

    @Nested
    class Mappings extends MappingRepositoryContract {
        @Override
        protected CompanyId newCompany() {
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
        protected CompanyId newCompany() {
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
                    .set(QBR_METRICS_MONTHLY.ORGANIZATION_ID, Integer.parseInt(metric.companyId().value()))
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
        protected CompanyId newCompany() {
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
        protected CompanyId newCompany() {
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
        protected CompanyId newCompany() {
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
    class ApiTokens extends AccessKeyRepositoryContract {
        @Override
        protected CompanyId newCompany() {
            return TestOrganizations.create(DATABASE);
        }

        @Override
        protected AccessKeyRepository repository() {
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

    @Nested
    class SetupCodes extends SetupCodeStoreContract {
        @Override
        protected SetupCodeStore store() {
            return new JooqSetupCodeStore(DATABASE);
        }
    }
}
