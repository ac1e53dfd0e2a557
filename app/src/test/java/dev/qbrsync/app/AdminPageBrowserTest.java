package dev.qbrsync.app;

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
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start from the page, in a real browser against the whole application: a fresh server with no token and no
 * Web Connector settings; sign in with the setup code from the data directory; add a company; download its .qwc; the
 * simulated Web Connector syncs with that file while the waiting panel shows each step; the metrics appear; and a
 * viewer made on the page sees no admin area and no rule buttons. Screenshots go to target/screenshots (the README
 * shows some of them). Skipped where the machine has no Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    private static final String COMPANY = "Northwind Traders";
    private static final String USER = "northwind";
    private static final String PASSWORD = "northwind web connector";

    @TempDir
    static Path dataDirectory;
    private static TestApp app;
    private static String publicUrl;
    private static ChromeDriver browser;
    private static FinancePageDriver page;
    private static String companyId;
    private static Document qwc;

    @BeforeAll
    static void startAFreshServer() {
        if (!HeadlessChromium.isInstalled()) {
            return;
        }
        browser = HeadlessChromium.start(1280, 900);
        int port = TestApp.freePort();
        publicUrl = "http://localhost:" + port;
        app = TestApp.fresh(dataDirectory, CLOCK, Map.of("QBR_PORT", Integer.toString(port),
                "QBR_PUBLIC_URL", publicUrl));
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
    void theSetupCodeSignsInAsTheFirstAdminAndItsTokenIsShownOnce() throws Exception {
        assertThat(app.root.administration().apiAccess().list()).isEmpty();
        String code = Files.readString(dataDirectory.resolve(SetupCodeNotice.FILE_NAME)).trim();
        page.open();
        page.waitFor(By.id("token"));
        HeadlessChromium.screenshot(browser, "setup-1-sign-in");

        page.signIn(code);

        String secret = page.text(By.id("first-token-secret"));
        assertThat(secret).startsWith("qbr_");
        HeadlessChromium.screenshot(browser, "setup-2-first-admin-token");
        browser.findElement(By.id("first-token-saved")).click();
        page.waitUntilLoaded("admin");
        assertThat(page.text(By.id("actor"))).isEqualTo("Signed in as first admin (admin)");
        assertThat(dataDirectory.resolve(SetupCodeNotice.FILE_NAME)).as("the code is used up").doesNotExist();
        assertThat(app.root.administration().apiAccess().list()).singleElement().satisfies(token ->
                assertThat(token.secretHash()).doesNotContain(secret));
    }

    @Test
    @Order(2)
    void anAdminAddsACompanyAndItsWaitingPanelAppears() {
        page.waitFor(By.id("new-company-name")).sendKeys(COMPANY);
        browser.findElement(By.id("new-company-user")).sendKeys(USER);
        browser.findElement(By.id("new-company-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#add-company button[type=submit]")).click();

        assertThat(page.text(By.id("company-result"))).contains("Added company '" + COMPANY + "'");
        WebElement row = page.waitFor(By.xpath("//table[@id='companies-table']//tr[th='" + COMPANY + "']"));
        companyId = row.getAttribute("data-company");
        WebElement waiting = page.waitFor(By.cssSelector("#waiting section[data-company='" + companyId + "']"));
        assertThat(waiting.getText()).contains("Waiting for the Web Connector: " + COMPANY);
        assertThat(waiting.findElements(By.cssSelector("li[data-done='false']"))).hasSize(4);
        assertThat(page.unlabelledControls()).isEmpty();
        HeadlessChromium.screenshot(browser, "setup-3-company-added");
    }

    @Test
    @Order(3)
    void theDownloadedQwcIsTheCompanysReadOnlyFile() throws Exception {
        WebElement download = page.waitFor(By.cssSelector("tr[data-company='" + companyId + "'] a[download]"));
        assertThat(download.getText()).isEqualTo("Download .qwc");

        String file = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                download.getAttribute("href"));
        qwc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        var company = app.root.administration().companyAdministration().resolve(companyId);
        assertThat(text("AppURL")).isEqualTo(publicUrl + "/api/qbwc");
        assertThat(text("UserName")).isEqualTo(USER);
        assertThat(text("OwnerID")).isEqualTo(app.root.administration().ownerId()).matches("\\{[0-9A-F-]{36}}");
        assertThat(text("FileID")).isEqualTo(company.qwcFileId());
        assertThat(text("IsReadOnly")).isEqualTo("true");
        assertThat(text("AppName")).isEqualTo("QBR Sync - " + COMPANY);
        assertThat(file).doesNotContain(PASSWORD);
    }

    @Test
    @Order(4)
    void theSimulatedWebConnectorSyncsWithThatFileWhileThePanelShowsEachStep() throws Exception {
        FakeQuickBooks books = QuickBooksFixtures.SMALL_MSP.withFile(new FakeQuickBooks.CompanyFile(
                COMPANY + " Inc", "C:\\Books\\Northwind.QBW", text("OwnerID"), text("FileID")));
        CompletableFuture<String> sync = CompletableFuture.supplyAsync(() -> {
            try {
                return new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies(), books)
                        .playSession(USER, PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        for (String step : List.of("signed-in", "quickbooks", "file-bound", "months")) {
            page.waitFor(By.cssSelector("#waiting section[data-company='" + companyId + "'] li[data-step='" + step
                    + "'][data-done='true']"));
        }
        assertThat(sync.get(60, TimeUnit.SECONDS)).startsWith("Sync complete");
        WebElement panel = page.waitFor(By.cssSelector("#waiting section[data-company='" + companyId + "']"));
        assertThat(panel.getText()).contains(COMPANY + ": first sync done", "QuickBooks Pro 2024",
                "Company file bound: " + COMPANY + " Inc", "Months stored: 3 months");
        page.waitFor(By.xpath("//tr[@data-company='" + companyId + "']/td[text()='" + COMPANY + " Inc']"));
        HeadlessChromium.screenshot(browser, "setup-4-first-sync-done");
    }

    @Test
    @Order(5)
    void theMetricsOfTheNewCompanyAppear() {
        page.choose("company", companyId);
        page.goTo("metrics");

        assertThat(page.visibleRows("#metrics-table")).hasSize(3);
        assertThat(page.metric("2026-02", "mrr")).isEqualTo("1,200.00");
    }

    @Test
    @Order(6)
    void aViewerMadeOnThePageSeesNoAdminAreaAndNoRuleButtons() {
        page.goTo("admin");
        page.waitFor(By.id("new-token-name")).sendKeys("reader");
        page.choose("new-token-role", "viewer");
        browser.findElement(By.cssSelector("#create-token button[type=submit]")).click();
        String viewer = page.text(By.id("new-token-secret"));
        assertThat(page.waitFor(By.xpath("//table[@id='tokens-table']//tr[th='reader']")).getText())
                .contains("viewer", "every company", "active");
        HeadlessChromium.screenshot(browser, "setup-5-tokens");

        browser.findElement(By.id("sign-out")).click();
        page.signIn(viewer);
        page.waitUntilLoaded("overview");

        assertThat(page.text(By.id("actor"))).isEqualTo("Signed in as reader (viewer)");
        assertThat(browser.findElement(By.id("admin-link")).isDisplayed()).isFalse();
        page.goTo("rules");
        assertThat(page.visibleRows("#rules-table")).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#rules-table button, #rule-form, #preview-rule"))).isEmpty();
        page.goTo("accounts");
        assertThat(browser.findElements(By.cssSelector("#accounts-table a"))).isEmpty();
        browser.get(app.uri("/#/admin").toString());
        page.waitUntilLoaded("overview");
        assertThat(browser.findElements(By.id("companies-table"))).isEmpty();
        HeadlessChromium.screenshot(browser, "setup-6-viewer");
    }

    private static String text(String element) {
        return qwc.getElementsByTagName(element).item(0).getTextContent();
    }
}
