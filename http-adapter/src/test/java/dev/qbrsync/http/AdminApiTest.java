package dev.qbrsync.http;

import dev.qbrsync.core.access.Role;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting up from the page over a real socket: the setup code signs in once as the first admin, whose secret is in
 * that one answer; wrong codes are throttled; tokens are made, listed and revoked by admins; the .qwc download; and a
 * viewer's browser session is refused a change even with the CSRF token.
 */
class AdminApiTest {
    private static final Pattern COOKIE = Pattern.compile("qbr_session=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([0-9a-f]+)\"");
    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> signIn(String tokenOrCode) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/ui/sign-in")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + tokenOrCode + "\"}")));
    }

    @Test
    void theSetupCodeSignsInOnceAsTheFirstAdminAndShowsItsSecretInThatAnswerOnly() throws Exception {
        server.core.accessKeys.revoke(1, server.clock.instant());
        String code = server.core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();

        HttpResponse<String> first = signIn(code);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"role\":\"admin\"", "\"actor\":\"first admin\"", "\"secret\":\"qbr_");
        assertThat(first.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly"));
        String secret = first.body().replaceAll(".*\"secret\":\"(qbr_[^\"]+)\".*", "$1");
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/tokens"))
                .header("Authorization", "Bearer " + secret)).statusCode()).isEqualTo(200);

        HttpResponse<String> again = signIn(code);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.body()).contains("\"field\":\"token\"", "setup code is wrong, was already used or has expired");
        assertThat(server.core.setupCodesRedeemed).hasValue(1);
    }

    @Test
    void guessingSetupCodesIsThrottledWithRetryAfter() throws Exception {
        server.core.accessKeys.revoke(1, server.clock.instant());
        server.core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();
        for (int guess = 0; guess < 3; guess++) {
            assertThat(signIn("qbr-setup-guess" + guess).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = signIn("qbr-setup-guess-again");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                wait -> assertThat(Integer.parseInt(wait)).isPositive());
        assertThat(throttled.body()).contains("Too many wrong attempts");
    }

    @Test
    void anAdminMakesListsAndRevokesTokensAndTheSecretIsShownOnlyWhenMade() throws Exception {
        HttpResponse<String> made = server.json("POST", "/api/qbwc/tokens",
                "{\"name\":\"finance\",\"role\":\"editor\",\"companies\":[\"default\"]}");
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.body()).contains("\"role\":\"editor\"", "\"companies\":[\"default\"]", "\"everyCompany\":false",
                "\"secret\":\"qbr_");
        String secret = made.body().replaceAll(".*\"secret\":\"(qbr_[^\"]+)\".*", "$1");
        String id = made.body().replaceAll(".*\"token\":\\{\"id\":(\\d+).*", "$1");

        HttpResponse<String> list = server.get("/api/qbwc/tokens");
        assertThat(list.body()).contains("\"name\":\"finance\"", "\"role\":\"editor\"").doesNotContain(secret)
                .doesNotContain("secret").doesNotContain("hash");
        assertThat(server.json("POST", "/api/qbwc/tokens", "{\"name\":\"x\",\"role\":\"owner\"}").body())
                .contains("\"field\":\"role\"");
        assertThat(server.json("POST", "/api/qbwc/tokens", "{\"name\":\"x\",\"companies\":[\"nope\"]}").body())
                .contains("\"field\":\"companies\"");
        assertThat(server.json("POST", "/api/qbwc/tokens", "{\"name\":\"\"}").body()).contains("\"field\":\"name\"");
        assertThat(server.json("POST", "/api/qbwc/tokens", "{\"name\":\"no role named\"}").body())
                .contains("\"role\":\"viewer\"");

        assertThat(server.json("DELETE", "/api/qbwc/tokens/" + id, "").statusCode()).isEqualTo(204);
        assertThat(server.json("DELETE", "/api/qbwc/tokens/" + id, "").statusCode()).isEqualTo(404);
        assertThat(server.core.audit.recent(20)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("api.token.revoke");
            assertThat(event.actor()).isEqualTo("tests");
        }).allSatisfy(event -> assertThat(event.detail()).doesNotContain(secret));
    }

    @Test
    void anAdminLimitedToSomeCompaniesManagesNoTokens() throws Exception {
        String limited = server.core.apiAccess.create(Requester.commandLine(), "admin of one", Role.ADMIN,
                Set.of(InMemoryCore.COMPANY)).secret();

        HttpResponse<String> refused = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/tokens"))
                .header("Authorization", "Bearer " + limited));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not change API tokens");
    }

    @Test
    void theQwcDownloadIsTheCompanysFileAsAnAttachment() throws Exception {
        HttpResponse<String> qwc = server.get("/api/qbwc/companies/default/qwc");

        assertThat(qwc.statusCode()).isEqualTo(200);
        assertThat(qwc.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"qbr-sync-default.qwc\"");
        assertThat(qwc.body()).contains("<AppURL>https://qbr.example.com/api/qbwc</AppURL>",
                "<UserName>qbwc</UserName>", "<OwnerID>" + RunningServer.OWNER_ID + "</OwnerID>",
                "<FileID>{DEFAULT-COMPANY-FILE-ID}</FileID>", "<IsReadOnly>true</IsReadOnly>")
                .doesNotContain("secret").doesNotContain("Password");
    }

    @Test
    void aViewersBrowserSessionIsRefusedAChangeEvenWithTheCsrfTokenAndTheRefusalIsAudited() throws Exception {
        String viewer = server.core.apiAccess.create(Requester.commandLine(), "reader", Role.VIEWER, Set.of())
                .secret();
        HttpResponse<String> signedIn = signIn(viewer);
        assertThat(signedIn.body()).contains("\"role\":\"viewer\"");
        Matcher cookie = COOKIE.matcher(signedIn.headers().firstValue("Set-Cookie").orElseThrow());
        Matcher csrf = CSRF.matcher(signedIn.body());
        assertThat(cookie.find() && csrf.find()).isTrue();

        HttpResponse<String> change = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/mappings"))
                .header("Cookie", "qbr_session=" + cookie.group(1)).header("X-CSRF-Token", csrf.group(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pattern\":\"X\",\"matchType\":\"exact\",\"metric\":\"mrr\"}")));

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.body()).contains("This needs the editor role; this token is a viewer.");
        assertThat(server.core.audit.recent(1).get(0)).satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.action()).isEqualTo("web POST /api/qbwc/mappings");
        });
    }
}
