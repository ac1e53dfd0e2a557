package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;
import dev.qbrsync.core.report.internal.SubtotalCheck;
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
    private static final SyncTask.ProfitAndLoss QUARTER = new SyncTask.ProfitAndLoss(JAN, MAR);

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
    void aReportForOtherMonthsThanAskedIsRefused() {
        String twoMonths = fixture("pnl-three-months.xml").replace("PNL:2026-01..2026-03", "PNL:2026-01..2026-02");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(twoMonths, new SyncTask.ProfitAndLoss(JAN, FEB)))
                .isInstanceOf(MalformedQbxmlException.class)
                .hasMessageContaining("columns for 3 months (2026-01 to 2026-03) but 2 months (2026-01 to 2026-02)");
    }

    @Test
    void columnsAreMatchedToMonthsByTheirTitlesNotTheirCount() {
        String yearsEarlier = fixture("pnl-three-months.xml").replace("Jan 26", "Feb 19").replace("Feb 26", "Mar 19")
                .replace("Mar 1 - 20, 26", "Apr 19");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(yearsEarlier, QUARTER))
                .isInstanceOf(MalformedQbxmlException.class)
                .hasMessageContaining("columns for 3 months (2019-02 to 2019-04)");
    }

    @Test
    void columnTitlesThatAreNotMonthsAreRefusedRatherThanGuessed() {
        String untitled = fixture("pnl-three-months.xml").replace("value=\"Feb 26\"", "value=\"Week 6\"");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(untitled, QUARTER))
                .isInstanceOf(MalformedQbxmlException.class).hasMessageContaining("'Week 6' cannot be read as months");
    }

    @Test
    void anAnswerWithoutAStatusCodeIsRefusedNotTakenForSuccess() {
        String unsure = fixture("pnl-three-months.xml").replace(" statusCode=\"0\"", "");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(unsure, QUARTER))
                .isInstanceOf(MalformedQbxmlException.class)
                .hasMessageContaining("GeneralSummaryReportQueryRs carries no statusCode");
    }

    @Test
    void anAnswerToAnotherRequestIsRefused() {
        String foreign = fixture("pnl-three-months.xml").replace("PNL:2026-01..2026-03", "PNL:2019-02..2020-01");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(foreign, QUARTER))
                .isInstanceOf(MalformedQbxmlException.class)
                .hasMessageContaining("answers request 'PNL:2019-02..2020-01', not our request 'PNL:2026-01..2026-03'");
    }

    @Test
    void keepsQuickBooksSubtotalsAndTheAccountsAddUpToThem() {
        ProfitAndLossReport report = report();

        assertThat(report.totals()).extracting(ReportTotal::kind).contains(ReportTotal.Kind.PARENT,
                ReportTotal.Kind.SECTION, ReportTotal.Kind.GROSS_PROFIT);
        assertThat(report.totals()).filteredOn(total -> total.kind() == ReportTotal.Kind.PARENT)
                .extracting(ReportTotal::accountFullName).contains("40000 · Managed Services");
        assertThat(new SubtotalCheck().mismatches(report)).isEmpty();
    }

    @Test
    void aSubtotalTheAccountsDoNotReachIsNamedWithItsMonth() {
        String misread = fixture("pnl-three-months.xml").replaceFirst("<ColData colID=\"3\" value=\"1200.00\" />",
                "<ColData colID=\"3\" value=\"1100.00\" />");

        ProfitAndLossReport report = ((QuickBooksResponse.ProfitAndLossReceived) new ProfitAndLossReader()
                .read(misread, QUARTER)).report();

        assertThat(new SubtotalCheck().mismatches(report)).extracting(SubtotalCheck.Mismatch::describe)
                .anyMatch(text -> text.contains("'Total 40000 · Managed Services' 2026-02"));
    }

    @Test
    void accountsKeepTheNamesTheReportShowsWithTheirParents() {
        ProfitAndLossReport report = report();

        assertThat(account(report, "40000 · Managed Services:Backup").displayPath())
                .containsExactly("40000 · Managed Services", "Backup");
        assertThat(account(report, "40000 · Managed Services").displayPath())
                .containsExactly("40000 · Managed Services");
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
    void statusCodeOneWithoutAReportIsRefusedNotAReportOfZeros() {
        String noMatch = "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><GeneralSummaryReportQueryRs "
                + "requestID=\"PNL:2026-01..2026-03\" statusCode=\"1\" "
                + "statusSeverity=\"Info\" statusMessage=\"A query request did not find a matching object\"/>"
                + "</QBXMLMsgsRs></QBXML>";
        String error = noMatch.replace("statusCode=\"1\" statusSeverity=\"Info\"",
                "statusCode=\"3120\" statusSeverity=\"Error\"");

        QuickBooksResponse empty = new ProfitAndLossReader().read(noMatch, QUARTER);
        QuickBooksResponse refused = new ProfitAndLossReader().read(error, QUARTER);

        assertThat(empty).isInstanceOf(QuickBooksResponse.Refused.class);
        assertThat(empty.status().message()).contains("no report").contains("nothing was stored");
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
