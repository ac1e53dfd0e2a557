package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfitAndLossReaderTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static final List<YearMonth> QUARTER = List.of(JAN, FEB, MAR);

    static String fixture(String name) {
        try (InputStream in = ProfitAndLossReaderTest.class.getResourceAsStream("/qbxml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProfitAndLossReport report() {
        QuickBooksResponse response = new ProfitAndLossReader().read(fixture("pnl-three-months.xml"), QUARTER);
        return ((QuickBooksResponse.ProfitAndLossReceived) response).report();
    }

    private static AccountLine account(ProfitAndLossReport report, String fullName) {
        return report.accounts().stream().filter(a -> a.fullName().equals(fullName)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryAccountWithItsSectionAndFullNameButNoSubtotals() {
        ProfitAndLossReport report = report();

        assertThat(report.accounts()).extracting(AccountLine::fullName, AccountLine::section).containsExactly(
                org.assertj.core.groups.Tuple.tuple("40000 · Managed Services:Backup", ReportSection.INCOME),
                org.assertj.core.groups.Tuple.tuple("40000 · Managed Services", ReportSection.INCOME),
                org.assertj.core.groups.Tuple.tuple("Professional Services Revenue - Proj", ReportSection.INCOME),
                org.assertj.core.groups.Tuple.tuple("50000 · Cost of Goods Sold", ReportSection.COST_OF_GOODS_SOLD),
                org.assertj.core.groups.Tuple.tuple("Payroll Expenses:Wages", ReportSection.EXPENSE),
                org.assertj.core.groups.Tuple.tuple("Payroll Expenses:Officers Comp", ReportSection.EXPENSE),
                org.assertj.core.groups.Tuple.tuple("Rent Expense", ReportSection.EXPENSE),
                org.assertj.core.groups.Tuple.tuple("Interest Income", ReportSection.OTHER_INCOME),
                org.assertj.core.groups.Tuple.tuple("Tax Distributions", ReportSection.OTHER_EXPENSE));
    }

    @Test
    void mapsSparseCellsToTheirMonthByColumnIdAndIgnoresTheTotalColumn() {
        ProfitAndLossReport report = report();

        AccountLine parentOther = account(report, "40000 · Managed Services");
        assertThat(parentOther.amountsByMonth()).containsExactly(
                java.util.Map.entry(JAN, Money.of("8000.00")), java.util.Map.entry(MAR, Money.of("8100.10")));
        assertThat(account(report, "Professional Services Revenue - Proj").amountIn(FEB)).contains(Money.of("-150"));
        assertThat(account(report, "Interest Income").amountIn(JAN)).isEmpty();
        assertThat(report.months()).containsExactly(JAN, FEB, MAR);
    }

    @Test
    void keepsTheReportsNetIncomePerMonth() {
        assertThat(report().netIncome()).containsEntry(JAN, Money.of("2500.00"))
                .containsEntry(FEB, Money.of("-7437.66")).containsEntry(MAR, Money.of("4450.60")).hasSize(3);
    }

    @Test
    void aColumnCountThatDoesNotMatchTheRequestIsAnError() {
        assertThatThrownBy(() -> new ProfitAndLossReader().read(fixture("pnl-three-months.xml"), List.of(JAN, FEB)))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("3 month columns but 2 months");
    }

    @Test
    void anAccountOutsideAnySectionIsAnError() {
        String broken = fixture("pnl-three-months.xml").replace("<TextRow rowNumber=\"2\" value=\"Income\" />", "");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(broken, QUARTER))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("outside any Profit and Loss section");
    }

    @Test
    void aNonNumericAmountIsAnErrorNamingTheRow() {
        String broken = fixture("pnl-three-months.xml").replace("value=\"1500.00\"", "value=\"lots\"");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(broken, QUARTER))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("Row 18").hasMessageContaining("lots");
    }

    @Test
    void statusCodeOneIsAnEmptyReportAndErrorsAreRefusals() {
        String noMatch = "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><GeneralSummaryReportQueryRs statusCode=\"1\" "
                + "statusSeverity=\"Info\" statusMessage=\"A query request did not find a matching object\"/>"
                + "</QBXMLMsgsRs></QBXML>";
        String error = noMatch.replace("statusCode=\"1\" statusSeverity=\"Info\"",
                "statusCode=\"3120\" statusSeverity=\"Error\"");

        QuickBooksResponse empty = new ProfitAndLossReader().read(noMatch, QUARTER);
        QuickBooksResponse refused = new ProfitAndLossReader().read(error, QUARTER);

        assertThat(((QuickBooksResponse.ProfitAndLossReceived) empty).report().accounts()).isEmpty();
        assertThat(refused).isInstanceOf(QuickBooksResponse.Refused.class);
        assertThat(refused.status().code()).isEqualTo(3120);
    }

    @Test
    void aWarningStillCarriesTheReport() {
        String warned = fixture("pnl-three-months.xml")
                .replace("statusCode=\"0\" statusSeverity=\"Info\"", "statusCode=\"500\" statusSeverity=\"Warn\"");

        QuickBooksResponse response = new ProfitAndLossReader().read(warned, QUARTER);

        assertThat(response.status().isWarning()).isTrue();
        assertThat(((QuickBooksResponse.ProfitAndLossReceived) response).report().accounts()).hasSize(9);
    }

    @Test
    void keepsThirtyOneCharacterNamesAndAccountNumbersAsQuickBooksWroteThem() {
        assertThat(report().accounts()).extracting(AccountLine::fullName)
                .contains("Professional Services Revenue - Proj", "50000 · Cost of Goods Sold");
    }
}
