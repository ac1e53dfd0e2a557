package dev.qbrsync.http.oidc;

import dev.qbrsync.core.access.AuthorizedPeople;
import dev.qbrsync.core.access.BrowserAccess;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.StrangerSummaries;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.http.HttpServer;
import dev.qbrsync.http.HttpServices;
import dev.qbrsync.http.HttpSettings;
import dev.qbrsync.http.Monitoring;
import dev.qbrsync.http.ReadinessCheck;
import dev.qbrsync.http.soap.QwcFiles;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through a real OpenID Connect provider on loopback, over real sockets: the same session cookie a token
 * sign-in gives, the REST API answering it, the allow-list, refusals in a person's words, and the audit log.
 */
class OidcSignInHttpTest {
    private static final Pattern SESSION_COOKIE = Pattern.compile("qbr_session=([^;]+)");
    private static final Pattern PENDING = Pattern.compile("qbr_oidc_pending=([^;]+)");

    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock,
            AuthorizedPeople.parse("anna@example.com:editor, bob@example.com", false, "QBR_AUTHORIZED_USERS"));
    private final LocalOidcProvider provider = new LocalOidcProvider();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port = freePort();
    /** Stopped without a grace period, which would wait a second for the client's idle connection (RunningServer). */
    private final Javalin app = HttpServer.create(services(core.browserAccess),
            new HttpSettings("127.0.0.1", port, "http://127.0.0.1:" + port, HttpSettings.DEFAULT_MAX_BODY_BYTES,
                    Optional.empty(), List.of(), List.of(), List.of(), Duration.ZERO).withSignInProvider(new OidcSettings("Microsoft", provider.issuer(), "qbr-sync",
                    "s3cret".toCharArray(), URI.create("http://127.0.0.1:" + port + OidcRoutes.CALLBACK_PATH),
                    "Kim in IT"))).start();

    private HttpServices services(BrowserAccess people) {
        return new HttpServices(core.webConnector, core.mappingAdministration, core.accountsReview, core.overview,
                core.apiAccess, core.ruleChangePreview, people, core.companyAdministration,
                () -> new ReadinessCheck.Readiness(true, Map.of()), Monitoring.NONE, core.firstAdminSetup,
                new QwcFiles("http://127.0.0.1", () -> InMemoryCore.OWNER_ID));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        app.stop();
        provider.close();
    }

    private HttpResponse<String> get(String uri, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String ours(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String cookie(HttpResponse<?> response, Pattern pattern) {
        return response.headers().allValues("Set-Cookie").stream().map(pattern::matcher).filter(Matcher::find)
                .map(match -> match.group(1)).findFirst().orElseThrow(() -> new AssertionError("no cookie "
                        + pattern + " in " + response.headers().allValues("Set-Cookie")));
    }

    /** The browser's walk: our start page, the provider, back to our callback; returns the callback's answer. */
    private HttpResponse<String> signInAs(String subject, Map<String, Object> claims) throws Exception {
        provider.nextPerson(subject, claims);
        HttpResponse<String> start = get(ours(OidcRoutes.START_PATH), null);
        assertThat(start.statusCode()).isEqualTo(302);
        String pending = cookie(start, PENDING);
        HttpResponse<String> atProvider = get(start.headers().firstValue("Location").orElseThrow(), null);
        String back = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith(ours(OidcRoutes.CALLBACK_PATH));
        return get(back, "qbr_oidc_pending=" + pending);
    }

    private AuditEvent lastAudit() {
        return core.audit.recent(1).get(0);
    }

    @Test
    void theSignInFormIsToldWhichProviderToOffer() throws Exception {
        HttpResponse<String> providers = get(ours(OidcRoutes.PROVIDERS_PATH), null);

        assertThat(providers.statusCode()).isEqualTo(200);
        assertThat(providers.body()).contains("\"name\":\"Microsoft\"").contains("\"path\":\"/ui/sign-in/oidc\"");
    }

    @Test
    void aPersonOnTheListEndsInTheSameSessionTheApiAnswers() throws Exception {
        HttpResponse<String> start = get(ours(OidcRoutes.START_PATH), null);
        String setPending = start.headers().allValues("Set-Cookie").get(0);
        assertThat(setPending).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/ui/sign-in/oidc");

        HttpResponse<String> back = signInAs("anna", Map.of("email", "anna@example.com", "name", "Anna"));

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).contains("/");
        String setSession = back.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("qbr_session=")).findFirst().orElseThrow();
        assertThat(setSession).contains("HttpOnly").contains("SameSite=Strict");
        String session = "qbr_session=" + cookie(back, SESSION_COOKIE);
        HttpResponse<String> who = get(ours(HttpServer.SESSION_PATH), session);
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"actor\":\"anna@example.com\"");
        assertThat(get(ours(HttpServer.API_PREFIX + "status"), session).statusCode()).isEqualTo(200);
        assertThat(core.audit.recent(10)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("web.sign-in");
            assertThat(event.actor()).isEqualTo("anna@example.com");
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void signingOutEndsAPersonsSession() throws Exception {
        String session = "qbr_session=" + cookie(signInAs("bob", Map.of("email", "bob@example.com")),
                SESSION_COOKIE);
        HttpResponse<String> who = get(ours(HttpServer.SESSION_PATH), session);
        String csrf = who.body().replaceAll(".*\"csrfToken\":\"([0-9a-f]+)\".*", "$1");

        HttpResponse<String> out = client.send(HttpRequest.newBuilder(URI.create(ours(HttpServer.SESSION_PATH)))
                .header("Cookie", session).header("X-CSRF-Token", csrf).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(get(ours(HttpServer.SESSION_PATH), session).statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonNotOnTheListIsToldSoAndWhomToAsk() throws Exception {
        HttpResponse<String> back = signInAs("mallory", Map.of("email", "mallory@example.com"));

        assertThat(back.statusCode()).isEqualTo(403);
        assertThat(back.body()).contains("mallory@example.com may not use QBR Sync").contains("Ask Kim in IT");
        assertThat(back.headers().allValues("Set-Cookie")).noneMatch(value -> value.startsWith("qbr_session=")
                && !value.startsWith("qbr_session=;"));
        assertThat(lastAudit().actor()).isEqualTo("mallory@example.com");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void anAnswerWithoutTheBrowsersPendingCookieOrWithAnotherStateIsRefused() throws Exception {
        provider.nextPerson("anna", Map.of("email", "anna@example.com"));
        HttpResponse<String> start = get(ours(OidcRoutes.START_PATH), null);
        String back = get(start.headers().firstValue("Location").orElseThrow(), null).headers()
                .firstValue("Location").orElseThrow();

        HttpResponse<String> noCookie = get(back, null);
        assertThat(noCookie.statusCode()).isEqualTo(400);
        assertThat(noCookie.body()).contains("expired or was started in another browser");

        HttpResponse<String> otherBrowser = signInAs("anna", Map.of("email", "anna@example.com"));
        assertThat(otherBrowser.statusCode()).isEqualTo(302);
        String attackersPending = cookie(get(ours(OidcRoutes.START_PATH), null), PENDING);
        HttpResponse<String> crossed = get(back, "qbr_oidc_pending=" + attackersPending);
        assertThat(crossed.statusCode()).isEqualTo(400);
        assertThat(crossed.body()).contains("wrong state");
        assertThat(lastAudit().action()).isEqualTo("web.sign-in");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(lastAudit().detail()).contains("wrong state");
    }

    @Test
    void forgedAnswersFromOneAddressAreAuditedAsASummaryAndThenNotHeardAtAll() throws Exception {
        String forged = ours(OidcRoutes.CALLBACK_PATH) + "?code=forged&state=forged";
        String pending = cookie(get(ours(OidcRoutes.START_PATH), null), PENDING);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(get(forged, "qbr_oidc_pending=" + pending).statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(400);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        HttpResponse<String> tokenSignIn = client.send(HttpRequest.newBuilder(URI.create(ours("/ui/sign-in")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"qbr_not-a-token\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokenSignIn.statusCode()).as("the same address's token sign-ins share the limit").isEqualTo(429);
        assertThat(core.audit.recent(100)).filteredOn(event -> event.action().equals("web.sign-in"))
                .hasSize(StrangerSummaries.AUDITED_IN_FULL);

        clock.advance(Duration.ofMinutes(1));
        assertThat(signInAs("anna", Map.of("email", "anna@example.com")).statusCode()).isEqualTo(302);
        assertThat(core.audit.recent(100)).filteredOn(event -> event.action().equals("web.sign-in"))
                .anySatisfy(summary -> assertThat(summary.detail()).startsWith("21 more refusals of web.sign-in"));
    }

    @Test
    void withoutAProviderTheFormOffersNoneAndTheRoutesAreAbsent() throws Exception {
        int otherPort = freePort();
        Javalin plain = HttpServer.create(services(core.browserAccess), new HttpSettings("127.0.0.1", otherPort,
                "http://127.0.0.1:" + otherPort, HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty())).start();
        try {
            String base = "http://127.0.0.1:" + otherPort;
            assertThat(get(base + OidcRoutes.PROVIDERS_PATH, null).body()).isEqualTo("{\"providers\":[]}");
            assertThat(get(base + OidcRoutes.START_PATH, null).statusCode()).isEqualTo(404);
        } finally {
            plain.stop();
        }
    }
}
