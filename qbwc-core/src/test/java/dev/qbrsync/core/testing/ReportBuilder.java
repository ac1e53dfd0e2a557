package dev.qbrsync.core.testing;

import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds P&L reports for tests. Net Income is worked out from the accounts the way QuickBooks does (income minus
 * COGS minus expense plus other income minus other expense) unless a test sets it.
 */
public final class ReportBuilder {
    private final List<YearMonth> months;
    private final List<AccountLine> accounts = new ArrayList<>();
    private final Map<YearMonth, BigDecimal> netIncomeOverride = new HashMap<>();
    private final List<ReportTotal> totals = new ArrayList<>();

    private ReportBuilder(List<YearMonth> months) {
        this.months = List.copyOf(months);
    }

    public static ReportBuilder forMonths(YearMonth... months) {
        return new ReportBuilder(List.of(months));
    }

    /** An account with one amount per report month, in order; null leaves that month blank. */
    public ReportBuilder account(ReportSection section, String fullName, String... amounts) {
        if (amounts.length != months.size()) {
            throw new IllegalArgumentException("one amount per month expected for " + fullName);
        }
        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != null) {
                byMonth.put(months.get(i), Money.of(amounts[i]));
            }
        }
        accounts.add(new AccountLine(fullName, section, byMonth));
        return this;
    }

    public ReportBuilder netIncome(YearMonth month, String amount) {
        netIncomeOverride.put(month, Money.of(amount));
        return this;
    }

    /** One of QuickBooks' subtotals, one amount per report month. */
    public ReportBuilder total(ReportTotal.Kind kind, String label, ReportSection section, String parentFullName,
                               String... amounts) {
        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i++) {
            byMonth.put(months.get(i), Money.of(amounts[i]));
        }
        totals.add(new ReportTotal(kind, label, section, parentFullName, byMonth));
        return this;
    }

    public ProfitAndLossReport build() {
        Map<YearMonth, BigDecimal> netIncome = new HashMap<>();
        for (YearMonth month : months) {
            BigDecimal total = Money.ZERO;
            for (AccountLine account : accounts) {
                BigDecimal amount = account.amountIn(month).orElse(BigDecimal.ZERO);
                total = account.section().isRevenue() ? total.add(amount) : total.subtract(amount);
            }
            netIncome.put(month, netIncomeOverride.getOrDefault(month, total));
        }
        return new ProfitAndLossReport(months, accounts, netIncome, ReportBasis.ACCRUAL, totals);
    }
}
