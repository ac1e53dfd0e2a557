package dev.qbrsync.persistence;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.mapping.DefaultRules;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.testing.MutableClock;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.qbrsync.persistence.generated.Tables.QBR_AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersistenceGuaranteesTest {
    private static final Database DATABASE = EmbeddedPostgresDatabases.freshDatabase();
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    private final JooqMetricsRepository metrics = new JooqMetricsRepository(DATABASE, java.time.Clock.systemUTC());
    private final JooqSyncHistory history = new JooqSyncHistory(DATABASE);
    private final JooqAuditLog audit = new JooqAuditLog(DATABASE);
    private final JooqTransactions transactions = new JooqTransactions(DATABASE);

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private static SyncHistoryEntry entry(CompanyId company, Instant at) {
        return new SyncHistoryEntry(null, company, UUID.randomUUID(), SyncType.EMPLOYEES, null, null, "<raw/>", null,
                null, List.of(), SyncOutcome.SUCCESS, "", at);
    }

    @Test
    void aStoreThatFailsHalfWayLosesNothingButKeepsItsAuditEntry() {
        CompanyId company = TestOrganizations.create(DATABASE);
        metrics.storeQuickBooksFigures(company,
                List.of(new MonthlyMetrics(JAN, Map.of(MetricKey.MRR, Money.of("1000.00")))));
        String marker = "store attempt " + UUID.randomUUID();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            history.record(entry(company, Instant.now()));
            metrics.storeQuickBooksFigures(company,
                    List.of(new MonthlyMetrics(JAN, Map.of(MetricKey.MRR, Money.of("9999.99")))));
            audit.append(new AuditEvent(Instant.now(), "qbwc", "127.0.0.1", "qbwc.receiveResponseXML",
                    AuditOutcome.FAILURE, marker));
            throw new IllegalStateException("the database went away mid-store");
        })).hasMessageContaining("went away");

        assertThat(metrics.find(company, JAN, JAN)).singleElement()
                .satisfies(metric -> assertThat(metric.value()).isEqualTo(Money.of("1000.00")));
        assertThat(history.find(new HistoryQuery(company, null, null, null, null, 0, 10)).total()).isZero();
        assertThat(audit.recent(50)).extracting(AuditEvent::detail).contains(marker);
    }

    @Test
    void theAuditLogIsAppendOnly() {
        audit.append(new AuditEvent(Instant.now(), "qbwc", "127.0.0.1", "health", AuditOutcome.SUCCESS, "x"));

        assertThatThrownBy(() -> DATABASE.dsl().update(QBR_AUDIT_LOG).set(QBR_AUDIT_LOG.FAILURE_REASON, "rewritten")
                .execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> DATABASE.dsl().deleteFrom(QBR_AUDIT_LOG).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> DATABASE.dsl().truncate(QBR_AUDIT_LOG).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void retentionPurgesOnlyExpiredRawPayloads() {
        CompanyId company = TestOrganizations.create(DATABASE);
        MutableClock clock = MutableClock.utc("2026-06-01T00:00:00Z");
        history.record(entry(company, clock.instant().minus(Duration.ofDays(91))));
        history.record(entry(company, clock.instant().minus(Duration.ofDays(89))));

        int purged = new RawPayloadRetention(history, RawPayloadRetention.DEFAULT_DAYS, clock).purgeExpired();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        List<HistorySummary> entries = history.find(new HistoryQuery(company, null, null, null, null, 0, 10)).items();
        assertThat(entries).extracting(HistorySummary::rawResponseKept).containsExactly(true, false);
        assertThat(entries).extracting(HistorySummary::outcome).containsOnly(SyncOutcome.SUCCESS);
        assertThat(history.entry(company, entries.get(0).id()).orElseThrow().rawResponse()).isEqualTo("<raw/>");
    }

    @Test
    void aFreshDatabaseIsSeededWithTheCoreDefaultRules() {
        try (Database fresh = EmbeddedPostgresDatabases.freshDatabase()) {
            List<MappingRule> seeded = new JooqMappingRepository(fresh, java.time.Clock.systemUTC())
                    .rulesFor(CompanyId.of("1"));

            assertThat(seeded).hasSize(DefaultRules.all().size());
            for (int i = 0; i < seeded.size(); i++) {
                assertThat(seeded.get(i)).isEqualTo(DefaultRules.all().get(i).withId(seeded.get(i).id()));
            }
        }
    }

    @Test
    void migratingTwiceChangesNothing() {
        assertThat(Database.migrate(DATABASE.dataSource())).isZero();
    }

    @Test
    void everyConnectionLimitsStatementsLockWaitsAndIdleTransactions() {
        var settings = DATABASE.dsl().fetchOne("select current_setting('statement_timeout'), "
                + "current_setting('lock_timeout'), current_setting('idle_in_transaction_session_timeout')");

        assertThat(settings.intoList()).containsExactly("30s", "15s", "1min");
    }
}
