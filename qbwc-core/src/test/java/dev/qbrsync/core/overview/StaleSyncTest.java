package dev.qbrsync.core.overview;

import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.exchange.ConnectionError;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.memory.InMemoryCompanyDirectory;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static dev.qbrsync.core.testing.InMemoryCore.PASSWORD;
import static dev.qbrsync.core.testing.InMemoryCore.USER;
import static org.assertj.core.api.Assertions.assertThat;

/** The status flags a company whose last successful sync is older than the threshold, or that never had one. */
class StaleSyncTest {
    private static final Caller CALLER = new Caller("192.0.2.10");
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    /** A window of no months: every session has nothing to do, which is a success. */
    private final InMemoryCore core = new InMemoryCore(clock, new WebConnectorSettings("QBR Sync test", "",
            Duration.ofMinutes(30), new SyncPolicy(0, 45, Duration.ofHours(24), Duration.ofHours(24)),
            ReportBasis.ACCRUAL));

    private CompanyStatus status() {
        return core.overview.status(dev.qbrsync.core.company.CompanyScope.every()).stream()
                .filter(company -> company.companyId().equals(InMemoryCore.COMPANY))
                .findFirst().orElseThrow();
    }

    private void succeed() {
        core.ledger.markEmployeesSynced(InMemoryCore.COMPANY, clock.instant());
        core.ledger.markMonthsSynced(InMemoryCore.COMPANY, List.of(FEBRUARY),
                clock.instant());
        AuthenticateResult result = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));
        assertThat(result.status()).isEqualTo(AuthenticateResult.NOTHING_TO_DO);
        core.webConnector.closeConnection(CALLER, result.ticket());
    }

    @Test
    void aCompanyThatNeverSyncedIsStale() {
        assertThat(status().lastSuccessAt()).isNull();
        assertThat(status().stale()).isTrue();
    }

    @Test
    void aSuccessWithinTheThresholdIsFreshAndOlderIsStale() {
        succeed();
        Instant succeededAt = clock.instant();

        clock.advance(SyncOverviewService.DEFAULT_STALE_AFTER);
        assertThat(status().lastSuccessAt()).isEqualTo(succeededAt);
        assertThat(status().stale()).as("exactly at the threshold").isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(status().stale()).isTrue();
        assertThat(core.overview.lastSuccessfulSyncs()).containsEntry(InMemoryCore.COMPANY, succeededAt);
    }

    @Test
    void aFailedSessionDoesNotCountAsASuccess() {
        succeed();
        clock.advance(Duration.ofHours(49));
        core.ledger.requestResync(InMemoryCore.COMPANY, List.of(FEBRUARY));
        AuthenticateResult result = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));
        core.webConnector.connectionError(CALLER, ConnectionError.of(result.ticket(), "0x80040408",
                "Could not start QuickBooks."));
        core.webConnector.closeConnection(CALLER, result.ticket());

        assertThat(status().stale()).isTrue();
    }

    @Test
    void theDefaultCompanyIsListedOnlyWhenItExists() {
        try (QbwcCore withoutIt = QbwcCore.builder().clock(clock).quickBooks(core.quickBooks)
                .companies(new InMemoryCompanyDirectory()).defaultCompany(CompanyId.of("default")).build()) {
            CompanyId acme = withoutIt.companyAdministration().add(CompanyAdministration.Requester.commandLine(), "Acme",
                    "acme-qbwc", "correct horse".toCharArray()).id();

            assertThat(withoutIt.overview().status(CompanyScope.every()))
                    .extracting(CompanyStatus::companyId).containsExactly(acme);
        }
    }
}
