package dev.qbrsync.core.report.internal;

import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks the accounts read from a report against QuickBooks' own subtotals, month by month: each section's total,
 * each parent account's total (its sub-accounts plus its own "- Other" line), Gross Profit, Net Ordinary Income and
 * Net Other Income. A difference means a row was misread or missed; the first sync of a report shape we have never
 * seen shows it here.
 */
public final class SubtotalCheck {

    /** One subtotal that the accounts read do not add up to. */
    public record Mismatch(String label, YearMonth month, BigDecimal reported, BigDecimal fromAccounts) {
        public String describe() {
            return "'" + label + "' " + month + " is " + reported.toPlainString() + " in QuickBooks but the accounts "
                    + "read add up to " + fromAccounts.toPlainString();
        }
    }

    public List<Mismatch> mismatches(ProfitAndLossReport report) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (ReportTotal total : report.totals()) {
            for (YearMonth month : report.months()) {
                BigDecimal reported = total.amountIn(month).orElse(BigDecimal.ZERO);
                BigDecimal fromAccounts = fromAccounts(report, total, month);
                if (reported.compareTo(fromAccounts) != 0) {
                    mismatches.add(new Mismatch(total.label(), month, reported, fromAccounts));
                }
            }
        }
        return mismatches;
    }

    private static BigDecimal fromAccounts(ProfitAndLossReport report, ReportTotal total, YearMonth month) {
        return switch (total.kind()) {
            case SECTION -> sum(report, month, account -> account.section() == total.section());
            case PARENT -> sum(report, month, account -> account.isWithin(total.accountFullName()));
            case GROSS_PROFIT -> grossProfit(report, month);
            case NET_ORDINARY_INCOME -> grossProfit(report, month).subtract(section(report, month,
                    ReportSection.EXPENSE));
            case NET_OTHER_INCOME -> section(report, month, ReportSection.OTHER_INCOME)
                    .subtract(section(report, month, ReportSection.OTHER_EXPENSE));
        };
    }

    private static BigDecimal grossProfit(ProfitAndLossReport report, YearMonth month) {
        return section(report, month, ReportSection.INCOME)
                .subtract(section(report, month, ReportSection.COST_OF_GOODS_SOLD));
    }

    private static BigDecimal section(ProfitAndLossReport report, YearMonth month, ReportSection section) {
        return sum(report, month, account -> account.section() == section);
    }

    private static BigDecimal sum(ProfitAndLossReport report, YearMonth month, Predicate<AccountLine> which) {
        return report.accounts().stream()
                .filter(which)
                .map(account -> account.amountIn(month).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
