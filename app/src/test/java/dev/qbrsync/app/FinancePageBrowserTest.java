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
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.qbrsync.app.FakeQuickBooks.account;
import static dev.qbrsync.app.FakeQuickBooks.each;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance page in a real browser against the whole application after a simulated sync: sign in, read the
 * metrics table and chart, find the account a catch-all caught, preview and save a rule for it, and see the metrics
 * change; then history, keyboard, phone width, an ended session and signing out. Each page's screenshot is saved
 * under target/screenshots. Skipped where the machine has no Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinancePageBrowserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    /** The small MSP of the fixtures, plus backup plans no rule knows yet and product returns. */
    private static final FakeQuickBooks QUICKBOOKS = new FakeQuickBooks(Stream.concat(
            QuickBooksFixtures.SMALL_MSP.accounts().stream(), Stream.of(
                    account(ReportSection.INCOME, "Cloud Backup Plans", each("250.00")),
                    account(ReportSection.INCOME, "Product Sales:Returns", each("-120.00")))).toList(),
            List.of(new FakeQuickBooks.Person("1", "Ada", true, LocalDate.of(2020, 1, 6), null)));

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static String token;
    private static ChromeDriver browser;
    private static FinancePageDriver page;

    @BeforeAll
    static void syncThenOpenTheBrowser() throws Exception {
        if (!HeadlessChromium.isInstalled()) {
            return;
        }
        browser = HeadlessChromium.start(1280, 900);
        app = new TestApp(dataDirectory, CLOCK, Map.of());
        assertThat(new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies(), QUICKBOOKS)
                .playSession(TestApp.USER, TestApp.PASSWORD)).startsWith("Sync complete");
        token = app.root.administration().apiAccess().create("finance").secret();
        page = new FinancePageDriver(browser, app.uri("/"));
    }

    @BeforeEach
    void needsABrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.quit(browser, app);
    }

    @Test
    @Order(1)
    void signingInRefusesAWrongTokenNextToTheFieldThenKeepsOnlyAnHttpOnlyCookie() {
        page.open();
        page.waitFor(By.id("token"));
        HeadlessChromium.screenshot(browser, "1-sign-in");

        page.signIn("qbr_not-a-real-token");
        assertThat(page.fieldError("token")).isEqualTo("This API token is not valid or was revoked.");
        assertThat(page.waitFor(By.id("token")).getAttribute("aria-invalid")).isEqualTo("true");

        page.signIn(token);
        page.waitUntilLoaded("overview");
        assertThat(page.text(By.id("actor"))).isEqualTo("Signed in as finance (admin)");
        assertThat(browser.findElement(By.id("company-picker")).isDisplayed()).as("one company: no picker").isFalse();
        Cookie cookie = browser.manage().getCookieNamed("qbr_session");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getExpiry()).isNotNull();
        assertThat((String) browser.executeScript("return document.cookie")).doesNotContain("qbr_session");
        assertThat((Long) browser.executeScript("return localStorage.length + sessionStorage.length")).isZero();
        HeadlessChromium.screenshot(browser, "2-overview");
    }

    @Test
    @Order(2)
    void theMetricsTableAndChartShowTheSyncedMonths() {
        page.goTo("metrics");

        assertThat(page.visibleRows("#metrics-table")).hasSize(3);
        assertThat(page.metric("2026-02", "mrr")).isEqualTo("1,200.00");
        assertThat(page.metric("2026-02", "misc_revenue")).isEqualTo("251.50");
        assertThat(page.metric("2026-02", "net_profit")).isEqualTo("931.50");
        assertThat(page.metric("2026-02", "product_sales")).isEqualTo("(120.00)");
        assertThat(page.metricCell("2026-02", "product_sales").getAttribute("class")).contains("negative");
        assertThat(page.metricCell("2026-02", "product_sales").getCssValue("color")).isEqualTo("rgba(179, 38, 30, 1)");
        assertThat(page.metric("2026-02", "employees")).as("a headcount has no cents").isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#metrics-table thead th[data-metric]"))).hasSize(14);
        assertThat(page.fitsItsBox("metrics-table")).as("all 14 metrics readable at 1280 px").isTrue();

        assertThat(page.waitFor(By.cssSelector("#metrics-chart canvas")).getSize().getWidth()).isGreaterThan(600);
        assertThat(page.chartValueAtLastMonth("Net profit")).isEqualTo("931.50");
        assertThat(page.chartValueAtLastMonth("MRR")).isEqualTo("1,200.00");
        assertThat(page.waitFor(By.id("metrics-csv")).getAttribute("href"))
                .contains("/api/qbwc/metrics.csv?from=2025-12&to=2026-02");
        HeadlessChromium.screenshot(browser, "3-metrics");
    }

    @Test
    @Order(3)
    void theCatchAllFilterFindsTheAccountsNoRuleKnows() {
        page.goTo("accounts");
        assertThat(page.visibleRows("#accounts-table")).hasSize(8);

        page.waitFor(By.id("only-catch-all")).click();

        assertThat(page.visibleRows("#accounts-table")).extracting(row -> row.getAttribute("data-account"))
                .containsExactlyInAnyOrder("Cloud Backup Plans", "Rent");
        WebElement backup = browser.findElement(
                By.cssSelector("#accounts-table tr[data-account='Cloud Backup Plans']"));
        assertThat(backup.getText()).contains("Misc. revenue").contains("catch-all for Income").contains("250.00");
        assertThat(page.text(By.id("account-count"))).isEqualTo("Showing 2 of 8 accounts.");
        HeadlessChromium.screenshot(browser, "4-accounts-caught-by-a-catch-all");
    }

    @Test
    @Order(4)
    void aRuleForTheAccountIsPreviewedThenSavedAndTheMetricsChange() throws Exception {
        browser.findElement(By.cssSelector("#accounts-table tr[data-account='Cloud Backup Plans'] a")).click();
        page.waitUntilLoaded("rules");
        assertThat(page.waitFor(By.id("rule-pattern")).getAttribute("value")).isEqualTo("Cloud Backup Plans");
        assertThat(page.waitFor(By.id("rule-section")).getAttribute("value")).isEqualTo("income");

        page.choose("rule-metric", "mrr");
        browser.findElement(By.id("preview-rule")).click();

        WebElement moved = page.waitFor(By.cssSelector("#preview-accounts tr[data-account='Cloud Backup Plans']"));
        assertThat(moved.getText()).contains("Misc. revenue (catch-all for Income)")
                .contains("MRR (the new rule exact 'Cloud Backup Plans')");
        assertThat(page.text(By.cssSelector("#preview-metrics tr[data-month='2026-02'][data-metric='mrr']")))
                .contains("1,200.00").contains("1,450.00").contains("250.00");
        assertThat(page.text(By.cssSelector("#preview-metrics tr[data-month='2026-02'][data-metric='misc_revenue']")))
                .contains("251.50").contains("(250.00)");
        HeadlessChromium.screenshot(browser, "5-rules-preview");
        assertThat(StoredMetrics.of(app.root, CompositionRoot.DEFAULT_COMPANY.value(), FEB).get("mrr"))
                .as("a preview stores nothing").isEqualByComparingTo("1200.00");

        browser.findElement(By.id("save-change")).click();

        assertThat(page.text(By.id("save-result"))).contains("Saved").contains("recalculated");
        assertThat(page.waitFor(By.cssSelector("#rules-table tbody tr:first-child")).getText())
                .contains("Cloud Backup Plans").contains("MRR");
        HeadlessChromium.screenshot(browser, "6-rules");
        page.goTo("metrics");
        assertThat(page.metric("2026-02", "mrr")).isEqualTo("1,450.00");
        assertThat(page.metric("2026-02", "misc_revenue")).isEqualTo("1.50");
        assertThat(page.metric("2026-02", "net_profit")).isEqualTo("931.50");
    }

    @Test
    @Order(5)
    void aRefusedRuleShowsTheFieldsMessageNextToIt() {
        page.goTo("rules");
        page.waitFor(By.id("rule-pattern")).clear();
        browser.findElement(By.id("preview-rule")).click();

        assertThat(page.fieldError("rule-pattern")).isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("rule-pattern")).getAttribute("aria-describedby"))
                .isEqualTo("rule-pattern-error");
        page.choose("rule-match-type", "regex");
        page.waitFor(By.id("rule-pattern")).sendKeys("(a+)+$");
        browser.findElement(By.id("preview-rule")).click();
        assertThat(page.fieldError("rule-pattern")).startsWith("is too costly to match");
    }

    @Test
    @Order(6)
    void historyListsTheSyncsAndShowsOneEntry() {
        page.goTo("history");
        List<WebElement> entries = page.visibleRows("#history-table");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).getText()).contains("Profit and loss").contains("Dec 2025 to Feb 2026")
                .contains("success");
        HeadlessChromium.screenshot(browser, "7-history");

        page.choose("history-type", "employees");
        browser.findElement(By.cssSelector("form[aria-label='Filter the history'] button[type=submit]")).click();
        page.waitUntilLoaded("history");
        assertThat(page.visibleRows("#history-table", 1)).as("only the employee list's sync").hasSize(1);

        page.goTo("history");
        WebElement profitAndLoss = page.visibleRows("#history-table", 2).get(1);
        profitAndLoss.findElement(By.linkText("Details of entry " + profitAndLoss.getAttribute("data-id"))).click();
        page.waitUntilLoaded("history");
        assertThat(page.text(By.cssSelector("main h1"))).startsWith("History entry");
        assertThat(page.text(By.cssSelector("main"))).contains("Months requested").contains("Dec 2025 to Feb 2026")
                .contains("8 accounts over 3 months").contains("931.50");
        HeadlessChromium.screenshot(browser, "8-history-entry");
    }

    @Test
    @Order(7)
    void everyControlHasALabelAndThePagesWorkByKeyboard() {
        for (String name : List.of("overview", "metrics", "accounts", "rules", "history")) {
            page.goTo(name);
            assertThat(page.unlabelledControls()).as(name).isEmpty();
        }
        page.open();
        page.waitUntilLoaded("overview");
        WebElement focused = null;
        for (int tab = 0; tab < 10; tab++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
            if ("metrics".equals(focused.getAttribute("data-page"))) {
                break;
            }
        }
        assertThat(focused.getAttribute("data-page")).isEqualTo("metrics");
        focused.sendKeys(Keys.ENTER);
        page.waitUntilLoaded("metrics");
        assertThat(page.metric("2026-02", "mrr")).isEqualTo("1,450.00");
    }

    @Test
    @Order(8)
    void atPhoneWidthEveryPageFitsTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String name : List.of("overview", "metrics", "accounts", "rules", "history")) {
                page.goTo(name);
                assertThat(page.fitsTheWindow()).as(name).isTrue();
            }
            page.goTo("metrics");
            page.waitFor(By.cssSelector("#metrics-chart canvas"));
            HeadlessChromium.screenshot(browser, "9-metrics-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(9)
    void thePageRanWithoutAScriptErrorOrAContentSecurityPolicyViolation() {
        assertThat(HeadlessChromium.consoleMessages(browser))
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught")
                        || message.contains("Refused to"));
    }

    @Test
    @Order(10)
    void withSeveralCompaniesAPickerChoosesTheCompanyEveryPageShows() {
        CompanyAdministration companies = app.root.administration().companyAdministration();
        Company beta = companies.add(Requester.commandLine(), "Beta IT", "beta", "a long enough password".toCharArray());
        companies.setDisabled(Requester.commandLine(), beta.id(), true);

        page.open();
        page.waitUntilLoaded("overview");
        assertThat(page.waitFor(By.id("company")).findElements(By.tagName("option")))
                .extracting(WebElement::getText).hasSize(2).last().isEqualTo("Beta IT (disabled)");
        assertThat(page.waitFor(By.id("company")).getAttribute("value")).isEqualTo("1");

        page.choose("company", beta.id().value());
        page.waitUntilLoaded("overview");
        assertThat(page.text(By.id("main"))).contains("never synced").doesNotContain("2026-02");
        page.goTo("metrics");
        assertThat(page.text(By.id("metrics-results"))).isEqualTo("No metrics are stored for these months yet.");
        assertThat(page.waitFor(By.id("metrics-csv")).getAttribute("href")).endsWith("&company=" + beta.id());

        page.choose("company", "1");
        page.waitUntilLoaded("metrics");
        assertThat(page.metric("2026-02", "mrr")).isEqualTo("1,450.00");
    }

    @Test
    @Order(11)
    void aRuleIsEditedDisabledAndDeletedEachAfterItsPreview() {
        page.goTo("rules");
        By backupRule = By.xpath("//table[@id='rules-table']/tbody/tr[th[normalize-space()='Cloud Backup Plans']]");
        page.waitFor(backupRule);

        browser.findElement(backupRule).findElement(By.cssSelector("button[aria-label^='Edit']")).click();
        assertThat(page.text(By.id("rule-form-title"))).startsWith("Edit rule #");
        page.choose("rule-metric", "orr");
        browser.findElement(By.id("preview-rule")).click();
        assertThat(page.text(By.cssSelector("#preview-accounts tr[data-account='Cloud Backup Plans']")))
                .contains("MRR (rule #").contains("ORR (rule #");
        browser.findElement(By.id("save-change")).click();
        assertThat(page.text(By.id("save-result"))).startsWith("Saved: edit rule #");

        browser.findElement(backupRule).findElement(By.cssSelector("button[aria-label^='Disable']")).click();
        assertThat(page.text(By.cssSelector("#preview-metrics tr[data-month='2026-02'][data-metric='orr']")))
                .contains("250.00").contains("(250.00)");
        browser.findElement(By.id("save-change")).click();
        assertThat(page.text(By.id("save-result"))).startsWith("Saved: disable rule #");
        assertThat(page.text(backupRule)).contains("disabled");

        browser.findElement(backupRule).findElement(By.cssSelector("button[aria-label^='Delete']")).click();
        page.waitFor(By.id("preview-title"));
        assertThat(page.text(By.id("rule-preview"))).contains("This change moves no account");
        browser.findElement(By.id("save-change")).click();
        assertThat(page.text(By.id("save-result"))).startsWith("Saved: delete rule #");
        assertThat(browser.findElements(backupRule)).isEmpty();

        page.goTo("metrics");
        assertThat(page.metric("2026-02", "mrr")).isEqualTo("1,200.00");
        assertThat(page.metric("2026-02", "orr")).isEqualTo("0.00");
        assertThat(page.metric("2026-02", "misc_revenue")).isEqualTo("251.50");
    }

    @Test
    @Order(12)
    void anEndedSessionReturnsToSignInWithAMessage() throws Exception {
        try (Connection connection = app.root.database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("delete from qbr_browser_sessions");
        }

        browser.findElement(By.cssSelector("#pages a[data-page='accounts']")).click();

        assertThat(page.text(By.id("sign-in-message")))
                .isEqualTo("Your session has expired or was ended. Sign in again to continue.");
        assertThat(browser.findElement(By.id("pages")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isFalse();
        HeadlessChromium.screenshot(browser, "10-session-ended");
        page.signIn(token);
        page.waitUntilLoaded("accounts");
    }

    @Test
    @Order(13)
    void signingOutEndsTheSessionAndForgetsTheCookie() {
        browser.findElement(By.id("sign-out")).click();

        assertThat(page.text(By.id("sign-in-message"))).isEqualTo("You have signed out.");
        assertThat(browser.manage().getCookieNamed("qbr_session")).isNull();
        page.open();
        assertThat(page.waitFor(By.id("token")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("sign-in-message"))).isEmpty();
    }
}
