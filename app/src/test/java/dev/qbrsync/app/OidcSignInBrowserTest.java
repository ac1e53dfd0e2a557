package dev.qbrsync.app;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in to the whole application with "Sign in with Microsoft" in Chromium, against a real OpenID Connect
 * provider on loopback configured through the replaced system's own kind of settings: the page, then the REST API
 * with the session's cookie, then signing out; someone not on the allow-list is refused. Skipped without Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInBrowserTest {
    private static final String ISSUER_ID = "contoso";

    @TempDir
    static Path dataDirectory;
    private static MockOAuth2Server provider;
    private static TestApp app;
    private static ChromeDriver browser;
    private static FinancePageDriver page;

    @BeforeAll
    static void start() throws Exception {
        if (!HeadlessChromium.isInstalled()) {
            return;
        }
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        int port = TestApp.freePort();
        app = new TestApp(dataDirectory, Clock.systemUTC(), Map.of("QBR_PORT", Integer.toString(port),
                "QBR_PUBLIC_URL", "http://127.0.0.1:" + port,
                "QBR_OIDC_ISSUER", provider.issuerUrl(ISSUER_ID).toString(), "QBR_OIDC_PROVIDER_NAME", "Microsoft",
                "QBR_OIDC_CLIENT_ID", "qbr-sync", "QBR_OIDC_CLIENT_SECRET", "client-secret",
                "QBR_AUTHORIZED_USERS", "anna@contoso.example:editor", "QBR_OIDC_CONTACT", "Kim in IT"));
        browser = HeadlessChromium.start(1280, 900);
        page = new FinancePageDriver(browser, app.uri("/"));
    }

    @BeforeEach
    void needsABrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.quit(browser, app);
        if (provider != null) {
            provider.shutdown();
        }
    }

    private static void providerSignsIn(String email) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, email, "JWT", null,
                Map.of("email", email, "name", email), 3600));
    }

    @Test
    @Order(1)
    void aPersonOnTheListSignsInWithTheProviderAndUsesThePageAndTheApi() {
        page.open();
        page.waitFor(By.id("sign-in-provider"));
        assertThat(page.text(By.id("sign-in-provider"))).isEqualTo("Sign in with Microsoft");
        assertThat(browser.findElement(By.id("token")).isDisplayed()).as("the token form stays").isTrue();
        HeadlessChromium.screenshot(browser, "oidc-1-sign-in");

        providerSignsIn("anna@contoso.example");
        browser.findElement(By.id("sign-in-provider")).click();
        page.waitUntilLoaded("overview");

        assertThat(page.text(By.id("actor"))).isEqualTo("Signed in as anna@contoso.example (editor)");
        assertThat(browser.manage().getCookieNamed("qbr_session").isHttpOnly()).isTrue();
        Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/qbwc/status', {credentials: 'same-origin'}).then(r => done(r.status));");
        assertThat(status).isEqualTo(200L);
        HeadlessChromium.screenshot(browser, "oidc-2-signed-in");
    }

    @Test
    @Order(2)
    void signingOutEndsThePersonsSession() {
        browser.findElement(By.id("sign-out")).click();
        page.waitFor(By.id("sign-in-provider"));

        Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/qbwc/status', {credentials: 'same-origin'}).then(r => done(r.status));");
        assertThat(status).isEqualTo(401L);
    }

    @Test
    @Order(3)
    void someoneNotOnTheListIsToldSoAndWhomToAsk() {
        providerSignsIn("mallory@contoso.example");
        page.open();
        page.waitFor(By.id("sign-in-provider")).click();
        page.waitFor(By.tagName("h1"));

        assertThat(page.text(By.tagName("h1"))).isEqualTo("mallory@contoso.example may not use QBR Sync");
        assertThat(page.text(By.tagName("main"))).contains("Ask Kim in IT to add it.");
        assertThat(browser.manage().getCookieNamed("qbr_session")).isNull();
        HeadlessChromium.screenshot(browser, "oidc-3-not-on-the-list");
    }
}
