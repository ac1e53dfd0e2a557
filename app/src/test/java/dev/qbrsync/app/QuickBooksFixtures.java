package dev.qbrsync.app;

import dev.qbrsync.core.report.ReportSection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static dev.qbrsync.app.FakeQuickBooks.account;
import static dev.qbrsync.app.FakeQuickBooks.each;

/** A small company's QuickBooks, answering our requests as QuickBooks would. */
final class QuickBooksFixtures {
    private static final YearMonth BASE = YearMonth.of(2025, 12);

    /**
     * Managed Services 1000 in December 2025 and 100 more each month after, Consulting 500, COGS 200, Wages 400, Rent
     * 300, Interest 1.50; Ada and Bob employed, Cy released on 2025-12-20.
     */
    static final FakeQuickBooks SMALL_MSP = new FakeQuickBooks(List.of(
            account(ReportSection.INCOME, "40000 · Managed Services",
                    month -> new BigDecimal(1000 + 100 * (int) BASE.until(month, java.time.temporal.ChronoUnit.MONTHS))
                            .setScale(2)),
            account(ReportSection.INCOME, "Consulting", each("500.00")),
            account(ReportSection.COST_OF_GOODS_SOLD, "Cost of Goods Sold", each("200.00")),
            account(ReportSection.EXPENSE, "Payroll Expenses:Wages", each("400.00")),
            account(ReportSection.EXPENSE, "Rent", each("300.00")),
            account(ReportSection.OTHER_INCOME, "Interest Income", each("1.50"))),
            List.of(new FakeQuickBooks.Person("1", "Ada", true, LocalDate.of(2020, 1, 6), null),
                    new FakeQuickBooks.Person("2", "Bob", true, LocalDate.of(2021, 3, 1), null),
                    new FakeQuickBooks.Person("3", "Cy", false, LocalDate.of(2019, 5, 1), LocalDate.of(2025, 12, 20))));

    private QuickBooksFixtures() {
    }

    static String hostResponse() {
        return SMALL_MSP.hostResponse();
    }

    /** The small company's answer to a request message. */
    static String answer(String requestMessage) {
        return SMALL_MSP.answer(requestMessage);
    }
}
