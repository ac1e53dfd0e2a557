package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SyncHistory} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class SyncHistoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    protected abstract SyncHistory history();

    /** A company the adapter has never seen; adapters that keep companies in a table create it. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    private static ProfitAndLossReport report() {
        return ReportBuilder.forMonths(JAN, FEB)
                .account(ReportSection.INCOME, "Managed Services:Backup", "1000.00", null)
                .account(ReportSection.EXPENSE, "Payroll Expenses:Wages", "-12.34", "400.00")
                .build();
    }

    private static SyncHistoryEntry pnl(CompanyId company, SyncOutcome outcome, Instant at) {
        ProfitAndLossReport report = outcome == SyncOutcome.FAILED ? null : report();
        List<Reconciliation> reconciliations = outcome == SyncOutcome.FAILED ? List.of() : List.of(
                new Reconciliation(JAN, Money.of("1012.34"), Money.of("1000.00"), Money.of("12.34"),
                        List.of("Unmapped:Account")));
        return new SyncHistoryEntry(null, company, UUID.randomUUID(), SyncType.PROFIT_AND_LOSS, JAN, FEB,
                "<QBXML>raw</QBXML>", report, null, reconciliations, outcome, "message " + outcome, at);
    }

    private static SyncHistoryEntry employees(CompanyId company, Instant at, String name) {
        EmployeeRoster roster = new EmployeeRoster(List.of(
                new Employee("80000001-1", name, true, LocalDate.of(2024, 2, 29), null),
                new Employee("80000002-1", "Former", false, null, LocalDate.of(2025, 12, 31))));
        return new SyncHistoryEntry(null, company, UUID.randomUUID(), SyncType.EMPLOYEES, null, null, "<raw/>",
                null, roster, List.of(), SyncOutcome.SUCCESS, "", at);
    }

    @Test
    void recordAssignsAnIdAndKeepsParsedDataAndReconciliation() {
        CompanyId company = newCompany();
        SyncHistoryEntry stored = history().record(pnl(company, SyncOutcome.WARNING, T0));

        assertThat(stored.id()).isNotNull();
        Page<HistorySummary> page = history().find(new HistoryQuery(company, null, null, null, null, 0, 10));
        assertThat(page.items()).singleElement().satisfies(listed -> {
            assertThat(listed.id()).isEqualTo(stored.id());
            assertThat(listed.rawResponseKept()).isTrue();
            assertThat(listed.outcome()).isEqualTo(SyncOutcome.WARNING);
        });
        assertThat(history().entry(company, stored.id())).hasValueSatisfying(entry -> {
            assertThat(entry.id()).isEqualTo(stored.id());
            assertThat(entry.report()).isEqualTo(report());
            assertThat(entry.reconciliations()).isEqualTo(stored.reconciliations());
            assertThat(entry.rawResponse()).isEqualTo("<QBXML>raw</QBXML>");
            assertThat(entry.periodFirst()).isEqualTo(JAN);
            assertThat(entry.periodLast()).isEqualTo(FEB);
            assertThat(entry.outcome()).isEqualTo(SyncOutcome.WARNING);
            assertThat(entry.message()).isEqualTo("message WARNING");
            assertThat(entry.sessionId()).isEqualTo(stored.sessionId());
        });
    }

    @Test
    void keepsTheRosterWithItsDates() {
        CompanyId company = newCompany();
        SyncHistoryEntry stored = history().record(employees(company, T0, "Ada"));

        assertThat(history().latestRoster(company).orElseThrow().roster()).isEqualTo(stored.roster());
    }

    @Test
    void findsNewestFirstWithPaging() {
        CompanyId company = newCompany();
        for (int i = 0; i < 5; i++) {
            history().record(pnl(company, SyncOutcome.SUCCESS, T0.plusSeconds(i)));
        }

        Page<HistorySummary> second = history().find(new HistoryQuery(company, null, null, null, null, 1, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(HistorySummary::createdAt)
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(1));
    }

    @Test
    void filtersByTypeOutcomeAndTime() {
        CompanyId company = newCompany();
        history().record(pnl(company, SyncOutcome.SUCCESS, T0));
        history().record(pnl(company, SyncOutcome.FAILED, T0.plusSeconds(10)));
        history().record(employees(company, T0.plusSeconds(20), "Ada"));

        assertThat(history().find(new HistoryQuery(company, SyncType.EMPLOYEES, null, null, null, 0, 10)).items())
                .extracting(HistorySummary::type).containsExactly(SyncType.EMPLOYEES);
        assertThat(history().find(new HistoryQuery(company, null, SyncOutcome.FAILED, null, null, 0, 10)).items())
                .extracting(HistorySummary::outcome).containsExactly(SyncOutcome.FAILED);
        assertThat(history().find(new HistoryQuery(company, null, null, T0.plusSeconds(10), T0.plusSeconds(20), 0, 10))
                .items()).extracting(HistorySummary::createdAt).containsExactly(T0.plusSeconds(10));
    }

    @Test
    void latestStoredIsTheNewestEntryOfItsTypeThatWasNotAFailure() {
        CompanyId company = newCompany();
        history().record(pnl(company, SyncOutcome.SUCCESS, T0));
        SyncHistoryEntry warning = history().record(pnl(company, SyncOutcome.WARNING, T0.plusSeconds(10)));
        history().record(pnl(company, SyncOutcome.FAILED, T0.plusSeconds(20)));
        history().record(employees(company, T0.plusSeconds(30), "Ada"));

        assertThat(history().latestStored(company, SyncType.PROFIT_AND_LOSS)).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(warning.id());
            assertThat(latest.reconciliations()).isEqualTo(warning.reconciliations());
        });
        assertThat(history().latestStored(newCompany(), SyncType.PROFIT_AND_LOSS)).isEmpty();
    }

    @Test
    void latestRosterIsTheNewest() {
        CompanyId company = newCompany();
        history().record(employees(company, T0, "Old"));
        history().record(employees(company, T0.plusSeconds(60), "New"));

        assertThat(history().latestRoster(company).orElseThrow().roster().employees().get(0).name()).isEqualTo("New");
        assertThat(history().latestRoster(newCompany())).isEmpty();
    }

    @Test
    void purgeDropsOldRawPayloadsButKeepsParsedDataAndOutcome() {
        CompanyId company = newCompany();
        history().record(pnl(company, SyncOutcome.SUCCESS, T0));
        history().record(pnl(company, SyncOutcome.SUCCESS, T0.plusSeconds(3600)));

        int purged = history().purgeRawPayloadsBefore(T0.plusSeconds(60));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        List<HistorySummary> entries = history().find(new HistoryQuery(company, null, null, null, null, 0, 10)).items();
        assertThat(entries.get(0).rawResponseKept()).isTrue();
        assertThat(entries.get(1).rawResponseKept()).isFalse();
        SyncHistoryEntry purgedEntry = history().entry(company, entries.get(1).id()).orElseThrow();
        assertThat(purgedEntry.rawResponse()).isNull();
        assertThat(purgedEntry.report()).isEqualTo(report());
        assertThat(purgedEntry.outcome()).isEqualTo(SyncOutcome.SUCCESS);
    }

    @Test
    void anEntryOfOneCompanyIsInvisibleThroughAnother() {
        CompanyId a = newCompany();
        CompanyId b = newCompany();
        SyncHistoryEntry ofA = history().record(pnl(a, SyncOutcome.SUCCESS, T0));
        history().record(employees(a, T0, "Only in A"));

        assertThat(history().entry(b, ofA.id())).isEmpty();
        assertThat(history().find(HistoryQuery.firstPage(b, 10)).items()).isEmpty();
        assertThat(history().find(HistoryQuery.firstPage(b, 10)).total()).isZero();
        assertThat(history().latestStored(b, SyncType.PROFIT_AND_LOSS)).isEmpty();
        assertThat(history().latestRoster(b)).isEmpty();
        assertThat(history().entry(a, ofA.id())).isPresent();
    }
}
