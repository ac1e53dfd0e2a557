package dev.qbrsync.http;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad input of the second security review: each a 400 naming the field (or 409), audited, never a 500. */
class SecondRoundInputTest {
    private final RunningServer server = RunningServer.behindTrustedProxy();

    @AfterEach
    void stop() {
        server.close();
    }

    private AuditEvent lastAudit() {
        return server.core.audit.recent(1).get(0);
    }

    private void assertBadInput(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        assertThat(lastAudit().detail()).startsWith("400");
    }

    @Test
    void aCompanyTheInstallationDoesNotKnowIsA400NamingIt() throws Exception {
        for (String path : List.of("/api/qbwc/metrics", "/api/qbwc/metrics.csv", "/api/qbwc/accounts",
                "/api/qbwc/mappings", "/api/qbwc/history")) {
            assertBadInput(server.get(path + "?company=abc"), "company");
        }
        assertBadInput(server.json("POST", "/api/qbwc/resync", "{\"company\":\"abc\",\"months\":[\"2026-01\"]}"),
                "company");
    }

    /** The REST API checks a company id as the core's CompanyId does, at its edge: never a 500. */
    @Test
    void aCompanyIdThatCannotBeOneIsA400NamingTheField() throws Exception {
        for (String company : List.of("%20acme", "acme%20", "a%09b", "x".repeat(101))) {
            assertBadInput(server.get("/api/qbwc/metrics?company=" + company), "company");
            assertBadInput(server.get("/api/qbwc/history?company=" + company), "company");
        }
        assertBadInput(server.json("POST", "/api/qbwc/resync", "{\"company\":\"" + "x".repeat(101)
                + "\",\"months\":[\"2026-01\"]}"), "company");
        assertBadInput(server.get("/api/qbwc/companies/" + "x".repeat(101)), "id");
        assertBadInput(server.json("POST", "/api/qbwc/companies", "{\"organization\":\"acme\\t\",\"qbwcUser\":"
                + "\"acme-qbwc\",\"password\":\"a long and proper password\"}"), "organization");
    }

    @Test
    void aNulInAQueryParameterIsA400AndTheCallIsAudited() throws Exception {
        assertBadInput(server.get("/api/qbwc/history?page=1%00"), "page");
        assertThat(lastAudit().detail()).doesNotContain("\u0000");
        assertBadInput(server.get("/api/qbwc/metrics?company=%00"), "company");
    }

    @Test
    void nullsWhereValuesBelongAreA400NamingTheField() throws Exception {
        assertBadInput(server.json("POST", "/api/qbwc/resync", "{\"months\":[null]}"), "months");
        assertBadInput(server.json("POST", "/api/qbwc/mappings", "null"), "body");
        long ruleId = server.core.mappings.rulesFor(InMemoryCore.COMPANY).get(0).id();
        assertBadInput(server.json("PUT", "/api/qbwc/mappings/" + ruleId, "{\"metric\":null}"), "metric");
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() throws Exception {
        assertBadInput(server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"Float Priority\",\"matchType\":\"exact\",\"metric\":\"mrr\",\"priority\":1.5}"),
                "priority");
        assertBadInput(server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"Text Priority\",\"matchType\":\"exact\",\"metric\":\"mrr\",\"priority\":\"1\"}"),
                "priority");
        assertBadInput(server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":7,\"matchType\":\"exact\",\"metric\":\"mrr\"}"), "pattern");
        assertThat(server.core.mappings.rulesFor(InMemoryCore.COMPANY)).extracting(MappingRule::pattern)
                .doesNotContain("Float Priority", "Text Priority", "7");
    }

    @Test
    void aNulInAPatternOrNoteIsA400NamingIt() throws Exception {
        assertBadInput(server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"Nul\\u0000Name\",\"matchType\":\"exact\",\"metric\":\"mrr\"}"), "pattern");
        assertBadInput(server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"Noted\",\"matchType\":\"exact\",\"metric\":\"mrr\",\"note\":\"a\\u0000b\"}"), "note");
    }

    @Test
    void aDuplicateRuleSharedOrACompanysOwnIsA409AndStoredOnce() throws Exception {
        String shared = "{\"pattern\":\"Twice Shared\",\"matchType\":\"exact\",\"metric\":\"mrr\"}";
        String own = "{\"pattern\":\"Twice Own\",\"matchType\":\"exact\",\"metric\":\"mrr\",\"company\":\""
                + InMemoryCore.COMPANY + "\"}";
        for (String rule : List.of(shared, own)) {
            assertThat(server.json("POST", "/api/qbwc/mappings", rule).statusCode()).isEqualTo(201);
            HttpResponse<String> again = server.json("POST", "/api/qbwc/mappings", rule);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("\"field\":\"pattern\"");
            assertThat(lastAudit().detail()).startsWith("409");
        }
        assertThat(server.core.mappings.rulesFor(InMemoryCore.COMPANY)).extracting(MappingRule::pattern)
                .containsOnlyOnce("Twice Shared", "Twice Own");
    }

    @Test
    void aCompanyNameWithABidirectionalOverrideIsA400() throws Exception {
        assertBadInput(server.json("POST", "/api/qbwc/companies",
                "{\"name\":\"Acme\\u202Egnp.exe\",\"qbwcUser\":\"acme\",\"password\":\"acme password\"}"), "name");
    }

    @Test
    void jettysOwnErrorsCarryTheSecurityHeadersAndJson() throws Exception {
        List<String> requests = List.of(
                "GET /api/qbwc/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/qbwc/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /api/qbwc/status HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n",
                "GET /api/qbwc/status HTTP/9.9\r\nHost: x\r\n\r\n");
        for (String request : requests) {
            String answer = server.raw(request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"));
            String head = answer.toLowerCase(Locale.ROOT);
            assertThat(head).as(answer).matches("(?s)http/1\\.1 (400|414|431|505) .*");
            assertThat(head).contains("x-content-type-options: nosniff", "x-frame-options: deny",
                    "content-security-policy: default-src 'none'", "referrer-policy: no-referrer",
                    "content-type: application/json");
        }
    }

    @Test
    void aContentLengthOverTwoToTheThirtyFirstIsRefusedAtOnceWith413() {
        String answer = assertTimeoutPreemptively(Duration.ofSeconds(10), 
                () -> server.announceBody("/api/qbwc/mappings", "application/json", 3_000_000_000L));
        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void thePageUnderItsDirectoryGetsThePagesPolicy() throws Exception {
        HttpResponse<String> page = server.send(HttpRequest.newBuilder(server.uri("/ui/")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }

    @Test
    void junkInXForwardedForFromATrustedProxyIsNeverStoredAsTheAddress() throws Exception {
        server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status"))
                .header("X-Forwarded-For", "<script>alert(1)</script>"));

        assertThat(lastAudit().sourceAddress()).isEqualTo("127.0.0.1");
    }
}
