package dev.qbrsync.http;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers, CORS, error shapes, audit outcomes and input bounds of the HTTP surface. */
class HttpHygieneTest {
    private final RunningServer server = new RunningServer(64 * 1024);

    @AfterEach
    void stop() {
        server.close();
    }

    private AuditEvent lastAudit() {
        return server.core.audit.recent(1).get(0);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndApiResponsesAreNeverCached() throws Exception {
        HttpResponse<String> api = server.get("/api/qbwc/status");
        HttpResponse<String> health = server.send(HttpRequest.newBuilder(server.uri("/health")));
        HttpResponse<String> unauthorized = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status")));

        for (HttpResponse<String> response : List.of(api, health, unauthorized)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        assertThat(api.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(unauthorized.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void withoutAnAllowlistAPreflightGetsNoCorsHeadersAndNoTokenIsAskedFor() throws Exception {
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET"));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAllowlistedOriginGetsAWorkingPreflight() throws Exception {
        try (RunningServer cors = new RunningServer(new HttpSettings("127.0.0.1", 0, "https://qbr.example.com",
                HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty(), List.of(), List.of(),
                List.of("https://dashboard.example.com")))) {
            HttpResponse<String> allowed = cors.send(HttpRequest.newBuilder(cors.uri("/api/qbwc/status"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://dashboard.example.com").header("Access-Control-Request-Method", "GET"));
            HttpResponse<String> other = cors.send(HttpRequest.newBuilder(cors.uri("/api/qbwc/status"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET"));

            assertThat(allowed.statusCode()).isLessThan(300);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("https://dashboard.example.com");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void anUnknownApiPathIsA404AuditedAsAFailure() throws Exception {
        HttpResponse<String> response = server.get("/api/qbwc/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(lastAudit().detail()).startsWith("404");
        assertThat(lastAudit().actor()).isEqualTo("tests");
    }

    @Test
    void oversizeAndNonJsonBodiesAreJsonErrorsAuditedAsFailures() throws Exception {
        String tooLarge = server.announceBody("/api/qbwc/mappings", "application/json", 70 * 1024);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("{\"error\"");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.FAILURE);

        HttpResponse<String> notJson = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/mappings"))
                .header("Authorization", "Bearer " + server.token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("pattern=x")));
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(notJson.body()).startsWith("{\"error\"").contains("application/json");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(lastAudit().detail()).startsWith("415");
    }

    @Test
    void refusedSoapRequestsAreAuditedAsRefusals() throws Exception {
        server.soap("<soap:Envelope");
        assertThat(lastAudit().action()).isEqualTo("qbwc.refused");
        assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(lastAudit().detail()).contains("not well-formed");

        server.send(HttpRequest.newBuilder(server.uri(HttpServer.SOAP_PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(lastAudit().detail()).contains("is not XML");

        String tooLarge = server.announceBody(HttpServer.SOAP_PATH, "text/xml; charset=utf-8", 70 * 1024);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("Fault");
        assertThat(lastAudit().detail()).contains("larger than");
    }

    @Test
    void theWebConnectorEndpointRefusesSourcesOutsideTheAllowlist() throws Exception {
        try (RunningServer fenced = new RunningServer(new HttpSettings("127.0.0.1", 0, "https://qbr.example.com",
                HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty(), List.of(),
                List.of(Cidr.parse("192.0.2.0/24")), List.of()))) {
            HttpResponse<String> refused = fenced.soap(RunningServer.envelope(
                    "<serverVersion xmlns=\"http://developer.intuit.com/\"/>"));

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("QBWC_ALLOWED_SOURCES");
            assertThat(fenced.core.audit.recent(1).get(0).action()).isEqualTo("qbwc.refused");
        }
    }

    @Test
    void aRuleEditChangesOnlyTheFieldsItCarries() throws Exception {
        MappingRule created = server.core.mappingAdministration.create(CompanyScope.every(), new MappingRule(null, "Help Desk",
                MatchType.PREFIX, MetricKey.MRR, ReportSection.INCOME, 50, true, "plans"));

        HttpResponse<String> changed = server.json("PUT", "/api/qbwc/mappings/" + created.id(), "{\"metric\":\"orr\"}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(server.core.mappings.findById(created.id())).contains(new MappingRule(created.id(), "Help Desk",
                MatchType.PREFIX, MetricKey.ORR, ReportSection.INCOME, 50, true, "plans"));

        server.json("PUT", "/api/qbwc/mappings/" + created.id(), "{\"section\":null,\"active\":false}");
        assertThat(server.core.mappings.findById(created.id()).orElseThrow())
                .satisfies(rule -> {
                    assertThat(rule.section()).isNull();
                    assertThat(rule.active()).isFalse();
                    assertThat(rule.note()).isEqualTo("plans");
                });
    }

    @Test
    void resyncTakesOnlyMonthsOfTheWindowAndCompaniesAndMonthsAreValidated() throws Exception {
        HttpResponse<String> outside = server.json("POST", "/api/qbwc/resync", "{\"months\":[\"2019-01\"]}");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("\"field\":\"months\"").contains("outside the sync window");

        StringBuilder million = new StringBuilder("{\"months\":[");
        for (int i = 0; i < 5_000; i++) {
            million.append(i == 0 ? "" : ",").append("\"2025-03\"");
        }
        assertThat(server.json("POST", "/api/qbwc/resync", million + "]}").statusCode()).isEqualTo(202);

        assertThat(server.json("POST", "/api/qbwc/resync", "{\"months\":[\"+99999-01\"]}").statusCode())
                .isEqualTo(400);
        assertThat(server.get("/api/qbwc/metrics?from=%2B99999-01").statusCode()).isEqualTo(400);
        HttpResponse<String> longName = server.get("/api/qbwc/metrics?company=" + "c".repeat(150));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("\"field\":\"company\"");
    }
}
