package dev.qbrsync.core.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Profit and Loss report for one or more consecutive months, with monthly columns.
 *
 * @param months    the months the report has a column for, ascending (a Total column is not a month)
 * @param accounts  every account line, in report order; subtotal and total rows are never accounts
 * @param netIncome the report's own Net Income per month, used to reconcile our calculation
 * @param basis     accrual or cash
 * @param totals    QuickBooks' own section, parent and summary totals, to check the accounts against
 */
public record ProfitAndLossReport(
        List<YearMonth> months,
        List<AccountLine> accounts,
        Map<YearMonth, BigDecimal> netIncome,
        ReportBasis basis,
        List<ReportTotal> totals) {

    public ProfitAndLossReport {
        months = List.copyOf(months);
        accounts = List.copyOf(accounts);
        netIncome = Map.copyOf(netIncome);
        Objects.requireNonNull(basis, "basis");
        totals = totals == null ? List.of() : List.copyOf(totals);
    }

    /** A report without QuickBooks' subtotals. */
    public ProfitAndLossReport(List<YearMonth> months, List<AccountLine> accounts, Map<YearMonth, BigDecimal> netIncome,
                               ReportBasis basis) {
        this(months, accounts, netIncome, basis, List.of());
    }

    public List<AccountLine> accountsIn(ReportSection section) {
        return accounts.stream().filter(account -> account.section() == section).toList();
    }

    public boolean covers(YearMonth month) {
        return months.contains(month);
    }
}
