package dev.qbrsync.core.metrics.internal;

import dev.qbrsync.core.mapping.AccountMapping;
import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.MetricKind;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a P&L report and its account mappings into monthly metrics. Every mappable key gets a value (0.00 when no
 * account maps to it); total_revenue sums the revenue keys, total_expenses the expense keys (COGS included), and
 * net_profit is their difference. QuickBooks prints income and expenses positive in their own sections, so the
 * report's Net Income is Income − COGS − Expense + Other Income − Other Expense, which net_profit equals exactly when
 * every account with an amount is mapped. An account without a mapping is left out and named as a cause.
 */
public final class MetricCalculator {

    /** The metrics of every month of the report, from its accounts as mapped. */
    public List<MonthlyCalculation> calculate(ProfitAndLossReport report, List<MappedAccount> accounts) {
        return report.months().stream()
                .map(month -> calculateMonth(report, month, accounts))
                .toList();
    }

    private MonthlyCalculation calculateMonth(ProfitAndLossReport report, YearMonth month,
                                              List<MappedAccount> accounts) {
        Map<MetricKey, BigDecimal> values = new EnumMap<>(MetricKey.class);
        MetricKey.ofKind(MetricKind.REVENUE).forEach(key -> values.put(key, Money.ZERO));
        MetricKey.ofKind(MetricKind.EXPENSE).forEach(key -> values.put(key, Money.ZERO));
        List<String> unmapped = new ArrayList<>();
        for (MappedAccount mapped : accounts) {
            AccountLine account = mapped.account();
            BigDecimal amount = account.amountIn(month).orElse(null);
            if (amount == null) {
                continue;
            }
            AccountMapping mapping = mapped.mapping();
            if (mapping == null) {
                if (amount.signum() != 0) {
                    unmapped.add(account.fullName());
                }
                continue;
            }
            values.merge(mapping.metric(), Money.normalize(amount), BigDecimal::add);
        }
        BigDecimal totalRevenue = sum(values, MetricKind.REVENUE);
        BigDecimal totalExpenses = sum(values, MetricKind.EXPENSE);
        BigDecimal netProfit = totalRevenue.subtract(totalExpenses);
        values.put(MetricKey.TOTAL_REVENUE, totalRevenue);
        values.put(MetricKey.TOTAL_EXPENSES, totalExpenses);
        values.put(MetricKey.NET_PROFIT, netProfit);
        return new MonthlyCalculation(new MonthlyMetrics(month, values),
                reconcile(month, netProfit, report.netIncome().get(month), unmapped));
    }

    private static Reconciliation reconcile(YearMonth month, BigDecimal netProfit, BigDecimal reportedNetIncome,
                                            List<String> unmapped) {
        BigDecimal reported = reportedNetIncome == null ? Money.ZERO : Money.normalize(reportedNetIncome);
        BigDecimal difference = netProfit.subtract(reported);
        List<String> causes = new ArrayList<>(unmapped);
        if (reportedNetIncome == null) {
            causes.add("the report has no Net Income for " + month);
        } else if (difference.signum() != 0 && unmapped.isEmpty()) {
            causes.add("the report's accounts do not add up to its Net Income");
        }
        return new Reconciliation(month, netProfit, reported, difference, causes);
    }

    private static BigDecimal sum(Map<MetricKey, BigDecimal> values, MetricKind kind) {
        return MetricKey.ofKind(kind).stream().map(values::get).reduce(Money.ZERO, BigDecimal::add);
    }
}
