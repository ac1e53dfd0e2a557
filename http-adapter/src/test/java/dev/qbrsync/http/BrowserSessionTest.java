package dev.qbrsync.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance page's session over a real socket: signing in with an API token sets a cookie the page's scripts cannot
 * read; the API then answers that cookie, changes only with the session's CSRF token; signing out, expiry and a
 * revoked token end it; every call is audited; no secret reaches a log.
 */
@Isolated
class BrowserSessionTest {
    private static final Pattern COOKIE = Pattern.compile("qbr_session=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([0-9a-f]+)\"");
    private final RunningServer server = new RunningServer();
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private final Logger ourLogger = (Logger) LoggerFactory.getLogger("dev.qbrsync");

    /** Every line our own code logs, DEBUG included. */
    BrowserSessionTest() {
        logLines.start();
        ourLogger.addAppender(logLines);
        ourLogger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stop() {
        ourLogger.setLevel(null);
        ourLogger.detachAppender(logLines);
        server.close();
    }

    /** A signed-in browser: its cookie's value and the CSRF token the page was given. */
    private record Browser(String sessionId, String csrfToken, HttpResponse<String> signIn) {
    }

    private HttpResponse<String> signInWith(String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/ui/sign-in")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
    }

    private Browser signIn() throws Exception {
        HttpResponse<String> response = signInWith(server.token);
        Matcher cookie = COOKIE.matcher(response.headers().firstValue("Set-Cookie").orElseThrow());
        Matcher csrf = CSRF.matcher(response.body());
        assertThat(cookie.find()).isTrue();
        assertThat(csrf.find()).isTrue();
        return new Browser(cookie.group(1), csrf.group(1), response);
    }

    private HttpResponse<String> call(Browser browser, String method, String path, String csrfToken, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("Cookie", "qbr_session=" + browser.sessionId())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return server.send(request);
    }

    private AuditEvent lastAudit() {
        return server.core.audit.recent(1).get(0);
    }

    @Test
    void signingInSetsAnHttpOnlyStrictExpiringCookieAndGivesThePageOnlyItsCsrfToken() throws Exception {
        Browser browser = signIn();

        String cookie = browser.signIn().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(browser.signIn().statusCode()).isEqualTo(201);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .contains("Max-Age=28800").contains("Secure");
        assertThat(browser.sessionId()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(browser.signIn().body()).contains("\"actor\":\"tests\"").contains("\"defaultCompany\":\"default\"")
                .doesNotContain(browser.sessionId()).doesNotContain(server.token);
        assertThat(browser.signIn().headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(lastAudit().action()).isEqualTo("web.sign-in");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);

        HttpResponse<String> session = call(browser, "GET", "/ui/session", null, null);
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"csrfToken\":\"" + browser.csrfToken() + "\"");
    }

    @Test
    void overPlainHttpTheCookieIsNotSecure() throws Exception {
        try (RunningServer plain = new RunningServer(new HttpSettings("127.0.0.1", 0, "http://localhost:8080",
                HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty()))) {
            HttpResponse<String> response = plain.send(HttpRequest.newBuilder(plain.uri("/ui/sign-in"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + plain.token + "\"}")));

            assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly")
                    .contains("SameSite=Strict").doesNotContain("Secure");
        }
    }

    @Test
    void aWrongTokenSetsNoCookieAndIsAuditedAsADenial() throws Exception {
        HttpResponse<String> wrong = signInWith("qbr_forged");
        HttpResponse<String> blank = signInWith(" ");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("\"field\":\"token\"");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"token\"");
        assertThat(server.core.audit.recent(5)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("web.sign-in");
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void theApiAnswersTheCookieAndAuditsEveryPageViewAsTheTokensName() throws Exception {
        Browser browser = signIn();

        HttpResponse<String> status = call(browser, "GET", "/api/qbwc/status", null, null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(lastAudit().action()).isEqualTo("web GET /api/qbwc/status");
        assertThat(lastAudit().actor()).isEqualTo("tests");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);

        HttpResponse<String> csv = call(browser, "GET", "/api/qbwc/metrics.csv", null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("month,nrr,mrr,orr,product_sales,misc_revenue,");
        assertThat(lastAudit().action()).isEqualTo("web GET /api/qbwc/metrics.csv");
    }

    @Test
    void aChangeWithoutTheSessionsCsrfTokenIsRefusedAndAudited() throws Exception {
        Browser browser = signIn();
        Browser other = signIn();
        String rule = "{\"pattern\":\"Tier Two\",\"matchType\":\"prefix\",\"metric\":\"mrr\"}";

        HttpResponse<String> without = call(browser, "POST", "/api/qbwc/mappings", null, rule);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF");
        assertThat(lastAudit().action()).isEqualTo("web POST /api/qbwc/mappings");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(call(browser, "POST", "/api/qbwc/mappings", other.csrfToken(), rule).statusCode()).isEqualTo(403);
        assertThat(call(browser, "POST", "/api/qbwc/mappings/preview", null, "{\"change\":\"delete\",\"id\":1}")
                .statusCode()).isEqualTo(403);
        assertThat(server.core.mappings.rulesFor(InMemoryCore.COMPANY)).noneMatch(stored -> stored.pattern().equals("Tier Two"));

        HttpResponse<String> with = call(browser, "POST", "/api/qbwc/mappings", browser.csrfToken(), rule);
        assertThat(with.statusCode()).isEqualTo(201);
        assertThat(lastAudit().action()).isEqualTo("web POST /api/qbwc/mappings");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);
    }

    @Test
    void signingOutNeedsTheCsrfTokenEndsTheSessionAndClearsTheCookie() throws Exception {
        Browser browser = signIn();

        assertThat(call(browser, "DELETE", "/ui/session", null, null).statusCode()).isEqualTo(403);
        assertThat(call(browser, "GET", "/api/qbwc/status", null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = call(browser, "DELETE", "/ui/session", browser.csrfToken(), null);
        assertThat(signOut.statusCode()).isEqualTo(204);
        assertThat(signOut.headers().firstValue("Set-Cookie").orElseThrow()).contains("qbr_session=;")
                .contains("Expires=Thu, 01 Jan 1970").contains("HttpOnly");
        assertThat(lastAudit().action()).isEqualTo("web DELETE /ui/session");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);

        HttpResponse<String> after = call(browser, "GET", "/api/qbwc/status", null, null);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(lastAudit().detail()).startsWith("unknown or signed-out browser session: ");
    }

    @Test
    void aSessionExpiresAfterItsLifetimeAndEndsWithItsToken() throws Exception {
        Browser expiring = signIn();
        server.clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertThat(call(expiring, "GET", "/api/qbwc/status", null, null).statusCode()).isEqualTo(200);
        server.clock.advance(Duration.ofSeconds(1));

        HttpResponse<String> expired = call(expiring, "GET", "/api/qbwc/status", null, null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("Sign in again");
        assertThat(lastAudit().detail()).startsWith("expired browser session: ");
        assertThat(call(expiring, "GET", "/ui/session", null, null).statusCode()).isEqualTo(401);

        Browser revoked = signIn();
        server.core.apiAccess.revoke(server.core.accessKeys.findAll().get(0).id());
        assertThat(call(revoked, "GET", "/api/qbwc/status", null, null).statusCode()).isEqualTo(401);
        assertThat(lastAudit().detail()).startsWith("browser session of a revoked API token: ");
    }

    @Test
    void aBearerTokenStillWinsOverACookieAndNoSecretReachesTheLog() throws Exception {
        Browser browser = signIn();
        HttpResponse<String> bearer = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status"))
                .header("Authorization", "Bearer " + server.token).header("Cookie", "qbr_session=forged"));
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(lastAudit().action()).isEqualTo("api GET /api/qbwc/status");
        call(browser, "POST", "/api/qbwc/mappings", browser.csrfToken(), "{\"pattern\":\"x\",\"matchType\":\"exact\","
                + "\"metric\":\"nope\"}");
        call(browser, "DELETE", "/ui/session", browser.csrfToken(), null);

        List<String> logged = logLines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(logged).noneMatch(line -> line.contains(browser.sessionId()) || line.contains(browser.csrfToken())
                || line.contains(server.token));
        assertThat(server.core.audit.recent(50)).noneMatch(event -> event.detail().contains(browser.sessionId())
                || event.detail().contains(browser.csrfToken()) || event.detail().contains(server.token));
    }
}
