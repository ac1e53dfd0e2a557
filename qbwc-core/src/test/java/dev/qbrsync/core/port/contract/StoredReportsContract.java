package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link StoredReports} must do, reading what its {@link SyncHistory} recorded.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class StoredReportsContract {
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    protected abstract SyncHistory history();

    protected abstract StoredReports reports();

    /** A company the adapter has never seen; adapters that keep companies in a table create it. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    private static ProfitAndLossReport report(String amount, YearMonth... months) {
        ReportBuilder builder = ReportBuilder.forMonths(months);
        String[] amounts = new String[months.length];
        java.util.Arrays.fill(amounts, amount);
        return builder.account(ReportSection.INCOME, "Managed Services", amounts).build();
    }

    private long record(CompanyId company, SyncOutcome outcome, Instant at, ProfitAndLossReport report) {
        YearMonth first = report.months().get(0);
        YearMonth last = report.months().get(report.months().size() - 1);
        List<Reconciliation> reconciliations = List.of(new Reconciliation(first, Money.of("1.00"), Money.of("1.00"),
                Money.ZERO, List.of()));
        return history().record(new SyncHistoryEntry(null, company, UUID.randomUUID(), SyncType.PROFIT_AND_LOSS,
                first, last, "<raw/>", outcome == SyncOutcome.FAILED ? null : report, null,
                outcome == SyncOutcome.FAILED ? List.of() : reconciliations, outcome, "", at)).id();
    }

    @Test
    void latestIsTheNewestReadableReportAndFailuresNeverCount() {
        CompanyId company = newCompany();
        record(company, SyncOutcome.SUCCESS, T0, report("1.00", JAN, FEB));
        long warning = record(company, SyncOutcome.WARNING, T0.plusSeconds(20), report("2.00", JAN, FEB));
        record(company, SyncOutcome.FAILED, T0.plusSeconds(30), report("3.00", JAN, FEB));
        record(newCompany(), SyncOutcome.SUCCESS, T0.plusSeconds(40), report("4.00", JAN, FEB));

        StoredReports.StoredReport latest = reports().latest(company).orElseThrow();
        assertThat(latest.historyId()).isEqualTo(warning);
        assertThat(latest.report()).isEqualTo(report("2.00", JAN, FEB));
        assertThat(latest.reconciliations()).hasSize(1);
        assertThat(reports().latest(newCompany())).isEmpty();
    }

    @Test
    void eachMonthComesFromTheNewestReportCoveringIt() {
        CompanyId company = newCompany();
        long old = record(company, SyncOutcome.SUCCESS, T0, report("1.00", DEC, JAN));
        long newer = record(company, SyncOutcome.SUCCESS, T0.plusSeconds(60), report("2.00", JAN, FEB));
        record(company, SyncOutcome.FAILED, T0.plusSeconds(120), report("3.00", DEC, JAN, FEB));

        assertThat(reports().newestIdPerMonth(company)).isEqualTo(Map.of(DEC, old, JAN, newer, FEB, newer));
        assertThat(reports().newestPerMonth(company))
                .extracting(newest -> newest.stored().historyId(), StoredReports.NewestReport::newestFor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(old, Set.of(DEC)),
                        org.assertj.core.groups.Tuple.tuple(newer, Set.of(JAN, FEB)));
        assertThat(reports().newestPerMonth(newCompany())).isEmpty();
    }

    @Test
    void oneCompanysReportsAreInvisibleThroughAnother() {
        CompanyId a = newCompany();
        CompanyId b = newCompany();
        record(a, SyncOutcome.SUCCESS, T0, report("1.00", JAN, FEB));

        assertThat(reports().latest(b)).isEmpty();
        assertThat(reports().newestIdPerMonth(b)).isEmpty();
        assertThat(reports().newestPerMonth(b)).isEmpty();
        assertThat(reports().latest(a)).isPresent();
    }
}
