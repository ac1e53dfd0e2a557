package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.mapping.internal.MappingEngine;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricCalculatorTest {
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final List<MappingRule> RULES = List.of(
            new MappingRule(1L, "Managed Services", MatchType.PREFIX, MetricKey.MRR, null, 0, true, ""),
            new MappingRule(2L, "Consulting", MatchType.CONTAINS, MetricKey.NRR, null, 0, true, ""),
            new MappingRule(3L, "Wages", MatchType.CONTAINS, MetricKey.EMPLOYEE_EXPENSE, null, 0, true, ""));

    private static ProfitAndLossReport report() {
        return ReportBuilder.forMonths(DEC, JAN)
                .account(ReportSection.INCOME, "Managed Services", "10000.00", "10500.00")
                .account(ReportSection.INCOME, "41000 · Consulting", "2500.10", null)
                .account(ReportSection.INCOME, "Refunds", "-100.00", "0.00")
                .account(ReportSection.COST_OF_GOODS_SOLD, "Cost of Goods Sold", "1200.00", "800.00")
                .account(ReportSection.EXPENSE, "Payroll Expenses:Wages", "6000.00", "6000.00")
                .account(ReportSection.EXPENSE, "Rent", "1500.00", "1500.00")
                .account(ReportSection.OTHER_INCOME, "Interest Income", "3.33", "2.22")
                .account(ReportSection.OTHER_EXPENSE, "Penalties", "50.00", null)
                .build();
    }

    private static List<MappedAccount> mapAll(ProfitAndLossReport report) {
        return new MappingEngine(RULES).mapAll(report.accounts());
    }

    @Test
    void sumsEachMetricPerMonthAndComputesTheTotals() {
        ProfitAndLossReport report = report();

        List<MonthlyCalculation> months = new MetricCalculator().calculate(report, mapAll(report));

        MonthlyMetrics december = months.get(0).metrics();
        assertThat(december.month()).isEqualTo(DEC);
        assertThat(december.value(MetricKey.MRR)).contains(Money.of("10000.00"));
        assertThat(december.value(MetricKey.NRR)).contains(Money.of("2500.10"));
        assertThat(december.value(MetricKey.MISC_REVENUE)).contains(Money.of("-96.67"));
        assertThat(december.value(MetricKey.PRODUCT_COGS)).contains(Money.of("1200.00"));
        assertThat(december.value(MetricKey.EMPLOYEE_EXPENSE)).contains(Money.of("6000.00"));
        assertThat(december.value(MetricKey.OTHER_EXPENSES)).contains(Money.of("1550.00"));
        assertThat(december.value(MetricKey.ORR)).contains(Money.ZERO);
        assertThat(december.value(MetricKey.TOTAL_REVENUE)).contains(Money.of("12403.43"));
        assertThat(december.value(MetricKey.TOTAL_EXPENSES)).contains(Money.of("8750.00"));
        assertThat(december.value(MetricKey.NET_PROFIT)).contains(Money.of("3653.43"));
        assertThat(december.values().values()).allSatisfy(value -> assertThat(value.scale()).isEqualTo(2));
        assertThat(months.get(1).metrics().value(MetricKey.NRR)).contains(Money.ZERO);
    }

    @Test
    void reconcilesToExactlyZeroWhenEveryAccountIsMapped() {
        ProfitAndLossReport report = report();

        List<MonthlyCalculation> months = new MetricCalculator().calculate(report, mapAll(report));

        assertThat(months).allSatisfy(month -> {
            assertThat(month.reconciliation().difference()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(month.reconciliation().isBalanced()).isTrue();
            assertThat(month.reconciliation().causes()).isEmpty();
        });
        assertThat(months.get(0).reconciliation().reportedNetIncome()).isEqualTo(Money.of("3653.43"));
    }

    @Test
    void namesTheUnmappedAccountsThatCauseADifference() {
        ProfitAndLossReport report = report();
        List<MappedAccount> withoutRent = mapAll(report).stream()
                .map(mapped -> mapped.account().fullName().equals("Rent") ? new MappedAccount(mapped.account(), null)
                        : mapped)
                .toList();

        Reconciliation december = new MetricCalculator().calculate(report, withoutRent).get(0).reconciliation();

        assertThat(december.difference()).isEqualTo(Money.of("1500.00"));
        assertThat(december.causes()).containsExactly("Rent");
        assertThat(december.isBalanced()).isFalse();
    }

    @Test
    void reportsADifferenceWhenTheReportDoesNotAddUp() {
        ProfitAndLossReport report = ReportBuilder.forMonths(JAN)
                .account(ReportSection.INCOME, "Managed Services", "100.00")
                .netIncome(JAN, "90.00")
                .build();

        Reconciliation january = new MetricCalculator().calculate(report, mapAll(report)).get(0).reconciliation();

        assertThat(january.difference()).isEqualTo(Money.of("10.00"));
        assertThat(january.causes()).singleElement().asString().contains("do not add up");
    }
}
