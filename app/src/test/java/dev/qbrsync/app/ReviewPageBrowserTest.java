package dev.qbrsync.app;

import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.qbrsync.app.FakeQuickBooks.account;
import static dev.qbrsync.app.FakeQuickBooks.each;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly review in a real browser after a simulated sync of January 2025 to April 2026: the latest complete
 * quarter beside the one before and the same quarter a year earlier, with changes and KPIs worked out by hand below;
 * another quarter chosen; the charts; and the print preview with the page's {@code @media print} rules applied.
 * Screenshots go to target/screenshots. Skipped where the machine has no Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewPageBrowserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T15:00:00Z"), ZoneOffset.UTC);
    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    /**
     * MRR grows by 100.00 a month from 1,000.00; every other figure is the same each month. A quarter's revenue is
     * MRR + 1,500.00 (NRR) + 600.00 (ORR) + 900.00 (products), its expenses 4,050.00, and one person works there.
     * 2026-Q1: MRR 2,200 + 2,300 + 2,400 = 6,900.00, revenue 9,900.00, net profit 5,850.00 (59.09 %).
     * 2025-Q4: MRR 6,000.00, revenue 9,000.00, net profit 4,950.00 (55.00 %).
     * 2025-Q1: MRR 3,300.00, revenue 6,300.00, net profit 2,250.00.
     */
    private static final FakeQuickBooks QUICKBOOKS = new FakeQuickBooks(List.of(
            account(ReportSection.INCOME, "Monthly Recurring Revenue", growing()),
            account(ReportSection.INCOME, "Non-Recurring Revenue", each("500.00")),
            account(ReportSection.INCOME, "Other Recurring Revenue", each("200.00")),
            account(ReportSection.INCOME, "Product Sales:Hardware", each("300.00")),
            account(ReportSection.COST_OF_GOODS_SOLD, "Cost of Goods Sold", each("150.00")),
            account(ReportSection.EXPENSE, "Payroll Expenses:Wages", each("800.00")),
            account(ReportSection.EXPENSE, "Rent Expense", each("400.00"))),
            List.of(new FakeQuickBooks.Person("1", "Ada", true, LocalDate.of(2020, 1, 6), null)));

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static ChromeDriver browser;
    private static FinancePageDriver page;

    private static Function<YearMonth, BigDecimal> growing() {
        return month -> new BigDecimal("1000.00").add(BigDecimal.valueOf(100L * FIRST.until(month,
                ChronoUnit.MONTHS)));
    }

    @BeforeAll
    static void syncThenSignIn() throws Exception {
        if (!HeadlessChromium.isInstalled()) {
            return;
        }
        browser = HeadlessChromium.start(1280, 900);
        app = new TestApp(dataDirectory, CLOCK, Map.of("QBR_SYNC_WINDOW_MONTHS", "15"));
        assertThat(new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies(), QUICKBOOKS)
                .playSession(TestApp.USER, TestApp.PASSWORD)).startsWith("Sync complete");
        page = new FinancePageDriver(browser, app.uri("/"));
        page.open();
        page.signIn(app.root.administration().apiAccess().create("finance").secret());
        page.waitUntilLoaded("overview");
    }

    @BeforeEach
    void needsABrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.quit(browser, app);
    }

    private static String cell(String table, String key, String column) {
        return page.text(By.cssSelector("#" + table + " tr[data-key='" + key + "'] td[data-column='" + column + "']"));
    }

    @Test
    @Order(1)
    void theLatestCompleteQuarterShowsBesideThePreviousOneAndAYearEarlierWithItsChanges() {
        page.goTo("review");

        assertThat(new org.openqa.selenium.support.ui.Select(page.waitFor(By.id("review-quarter")))
                .getFirstSelectedOption().getText()).isEqualTo("2026-Q1 (Jan 2026 – Mar 2026)");
        assertThat(page.text(By.id("review-heading"))).startsWith("QuickBooks company · 2026-Q1 (Jan 2026 – Mar 2026) · data "
                + "synced ");
        assertThat(browser.findElements(By.cssSelector("#review-metrics tbody tr"))).hasSize(14);
        assertThat(page.text(By.cssSelector("#review-metrics thead tr"))).contains("2026-Q1", "2025-Q4", "2025-Q1");
        assertThat(cell("review-metrics", "total_revenue", "value")).isEqualTo("9,900.00");
        assertThat(cell("review-metrics", "total_revenue", "previous")).isEqualTo("9,000.00");
        assertThat(cell("review-metrics", "total_revenue", "change-previous")).isEqualTo("900.00");
        // 900.00 / 9,000.00
        assertThat(cell("review-metrics", "total_revenue", "change-previous-pct")).isEqualTo("10.00%");
        assertThat(cell("review-metrics", "total_revenue", "year-earlier")).isEqualTo("6,300.00");
        assertThat(cell("review-metrics", "total_revenue", "change-year")).isEqualTo("3,600.00");
        // 3,600.00 / 6,300.00 = 0.571428…
        assertThat(cell("review-metrics", "total_revenue", "change-year-pct")).isEqualTo("57.14%");
        assertThat(cell("review-metrics", "mrr", "value")).isEqualTo("6,900.00");
        assertThat(cell("review-metrics", "employees", "value")).as("a headcount has no cents").isEqualTo("1");
        // 0.00 against 0.00: no change in percent of nothing.
        assertThat(cell("review-metrics", "misc_revenue", "change-previous-pct")).isEmpty();

        // 5,850 / 9,900 = 0.590909…; 4,950 / 9,000 = 0.55; 0.5909 − 0.5500 = 4.09 points, 0.0409 / 0.55 = 0.07436…
        assertThat(cell("review-kpis", "net_profit_pct", "value")).isEqualTo("59.09%");
        assertThat(cell("review-kpis", "net_profit_pct", "previous")).isEqualTo("55.00%");
        assertThat(cell("review-kpis", "net_profit_pct", "change-previous")).isEqualTo("+4.09 pts");
        assertThat(cell("review-kpis", "net_profit_pct", "change-previous-pct")).isEqualTo("7.44%");
        // (1,500 + 6,900) / 1 employee × 4
        assertThat(cell("review-kpis", "annual_service_rev_per_employee", "value")).isEqualTo("33,600.00");
        // (9,900 − 450) / 9,900 = 0.954545…
        assertThat(cell("review-kpis", "gross_margin_pct", "value")).isEqualTo("95.45%");
        assertThat(page.waitFor(By.id("review-csv")).getAttribute("href"))
                .contains("/api/qbwc/metrics.csv?by=quarter&from=2025-01&to=2026-04");
        HeadlessChromium.screenshot(browser, "8-review");
    }

    @Test
    @Order(2)
    void theChartsHaveABarPerQuarterAndANetMarginLine() {
        WebElement revenue = page.waitFor(By.cssSelector("#review-revenue-chart canvas"));
        assertThat(revenue.getSize().getWidth()).isGreaterThan(600);
        assertThat(browser.findElements(By.cssSelector("#review-revenue-chart .u-legend .u-series .u-label")))
                .extracting(WebElement::getText).contains("NRR", "MRR", "ORR", "Product sales", "Misc. revenue");
        assertThat(browser.findElements(By.cssSelector("#review-revenue-chart .u-legend .u-series")).stream()
                .filter(row -> row.getText().startsWith("MRR")).map(row -> row.findElement(By.cssSelector(
                        ".u-value")).getText()).findFirst()).as("the quarter under review, not a running total")
                .contains("6,900.00");
        assertThat(page.waitFor(By.cssSelector("#review-margin-chart canvas")).getSize().getWidth())
                .isGreaterThan(600);
        assertThat(page.text(By.cssSelector("#review-margin-chart .u-legend"))).contains("Net margin", "59.09%");
    }

    @Test
    @Order(3)
    void choosingTheCurrentQuarterSaysItIsIncompleteAndShowsNoChange() {
        page.choose("review-quarter", "2026-Q2");

        assertThat(page.text(By.id("review-incomplete"))).contains("no stored figures yet");
        assertThat(page.text(By.id("review-period"))).isEqualTo("2026-Q2 (Apr 2026 – Jun 2026)");
        assertThat(cell("review-metrics", "mrr", "value")).as("April only").isEqualTo("2,500.00");
        assertThat(cell("review-metrics", "mrr", "change-previous")).isEmpty();
        assertThat(cell("review-kpis", "annual_service_rev_per_employee", "value")).as("no annual rate from a month")
                .isEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("#/review?quarter=2026-Q2");
        page.choose("review-quarter", "2026-Q1");
        assertThat(browser.findElements(By.id("review-incomplete"))).isEmpty();
    }

    @Test
    @Order(4)
    void thePrintPreviewShowsTheReviewAloneWithItsCompanyPeriodAndSyncTime() throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of("nav#pages", "header.top", "#review-print", "#review-csv",
                    "#review-quarter")) {
                assertThat(browser.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
            assertThat(browser.findElement(By.id("review-heading")).isDisplayed()).isTrue();
            assertThat(page.text(By.id("review-heading"))).contains("QuickBooks company", "2026-Q1", "data synced");
            assertThat(browser.findElement(By.id("review-metrics")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector("#review-kpis")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.tagName("body")).getCssValue("background-color"))
                    .isIn("rgba(255, 255, 255, 1)", "rgba(0, 0, 0, 0)");
            HeadlessChromium.screenshot(browser, "9-review-print");
            assertThat(printedPages()).as("Print → Save as PDF on A4").isBetween(1, 2);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(browser.findElement(By.cssSelector("nav#pages")).isDisplayed()).isTrue();
    }

    /**
     * How many pages Chromium's own Print → Save as PDF makes of the page, on A4 with its default margins; the PDF is
     * kept beside the screenshots.
     */
    private static int printedPages() throws IOException {
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false));
        byte[] document = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("9-review-print.pdf"), document);
        String text = new String(document, StandardCharsets.ISO_8859_1);
        return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    }

    @Test
    @Order(5)
    void accountNamesWrapBetweenWordsNeverOneLetterALine() {
        page.goTo("accounts");
        WebElement name = page.waitFor(By.cssSelector("#accounts-table tr[data-account='Non-Recurring Revenue'] "
                + "th[scope='row']"));
        HeadlessChromium.screenshot(browser, "10-accounts-16-months");
        assertThat(name.getCssValue("overflow-wrap")).isEqualTo("break-word");
        assertThat(name.getSize().getWidth()).as("16 months of columns beside it").isGreaterThanOrEqualTo(190);
        Number longestWord = (Number) browser.executeScript("const cell = arguments[0];"
                + "const probe = document.createElement('span'); probe.style.whiteSpace = 'nowrap';"
                + "cell.append(probe); let widest = 0;"
                + "for (const word of cell.firstChild.textContent.split(/\\s+/)) {"
                + "  probe.textContent = word; widest = Math.max(widest, probe.getBoundingClientRect().width); }"
                + "probe.remove(); return widest;", name);
        assertThat(name.getSize().getWidth()).as("no word of a name is broken").isGreaterThan(longestWord.intValue());
    }
}
