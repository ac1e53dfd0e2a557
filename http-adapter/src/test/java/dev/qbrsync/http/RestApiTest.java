package dev.qbrsync.http;

import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RestApiTest {
    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/health")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"up\"");
    }

    @Test
    void liveAndReadyNeedNoTokenAndReadyAnswers503NamingTheFailedCheck() throws Exception {
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/health/live"))).statusCode()).isEqualTo(200);
        HttpResponse<String> ready = server.send(HttpRequest.newBuilder(server.uri("/health/ready")));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"ready\"");

        server.readiness.set(new ReadinessCheck.Readiness(false, Map.of("database", "unreachable")));
        HttpResponse<String> notReady = server.send(HttpRequest.newBuilder(server.uri("/health/ready")));

        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo("{\"database\":\"unreachable\",\"status\":\"not ready\"}");
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/health/live"))).statusCode()).isEqualTo(200);
    }

    @Test
    void everyApiCallNeedsAValidTokenAndRefusalsAreAudited() throws Exception {
        HttpResponse<String> none = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status")));
        HttpResponse<String> forged = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/mappings"))
                .header("Authorization", "Bearer qbr_forged"));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("API token is required");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(server.core.audit.recent(2)).extracting(AuditEvent::outcome)
                .containsExactly(AuditOutcome.DENIED, AuditOutcome.DENIED);
        assertThat(server.core.audit.recent(2)).extracting(AuditEvent::action)
                .containsOnly(ApiAccessService.REFUSED_API_CALL);
        assertThat(server.core.audit.recent(2)).extracting(AuditEvent::detail).containsExactly(
                "invalid or revoked API token for api GET /api/qbwc/mappings",
                "no API token for api GET /api/qbwc/status");
    }

    @Test
    void mappingsCanBeListedCreatedUpdatedAndDeleted() throws Exception {
        assertThat(server.get("/api/qbwc/mappings").body()).contains("\"pattern\":\"Managed Services\"");

        HttpResponse<String> created = server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"Help Desk\",\"matchType\":\"prefix\",\"metric\":\"mrr\",\"priority\":50}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"matchType\":\"prefix\"").contains("\"active\":true");
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");

        HttpResponse<String> updated = server.json("PUT", "/api/qbwc/mappings/" + id,
                "{\"pattern\":\"Help Desk\",\"matchType\":\"exact\",\"metric\":\"orr\",\"section\":\"income\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"metric\":\"orr\"").contains("\"section\":\"income\"");

        assertThat(server.json("DELETE", "/api/qbwc/mappings/" + id, "").statusCode()).isEqualTo(204);
        assertThat(server.json("DELETE", "/api/qbwc/mappings/" + id, "").statusCode()).isEqualTo(404);
        assertThat(server.json("PUT", "/api/qbwc/mappings/999999", "{\"pattern\":\"x\",\"matchType\":\"exact\","
                + "\"metric\":\"mrr\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidRulesAre400sNamingTheFieldAndAreAudited() throws Exception {
        HttpResponse<String> unknownMetric = server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"x\",\"matchType\":\"exact\",\"metric\":\"arr\"}");
        HttpResponse<String> badRegex = server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"([\",\"matchType\":\"regex\",\"metric\":\"mrr\"}");
        HttpResponse<String> oversize = server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"" + "p".repeat(201) + "\",\"matchType\":\"contains\",\"metric\":\"mrr\"}");
        HttpResponse<String> wrongSection = server.json("POST", "/api/qbwc/mappings",
                "{\"pattern\":\"x\",\"matchType\":\"exact\",\"metric\":\"mrr\",\"section\":\"expense\"}");
        HttpResponse<String> notJson = server.json("POST", "/api/qbwc/mappings", "{pattern");

        assertThat(unknownMetric.statusCode()).isEqualTo(400);
        assertThat(unknownMetric.body()).contains("\"field\":\"metric\"").contains("'arr' is not a metric key");
        assertThat(badRegex.body()).contains("\"field\":\"pattern\"").contains("regular expression");
        assertThat(oversize.body()).contains("\"field\":\"pattern\"").contains("at most 200");
        assertThat(wrongSection.body()).contains("\"field\":\"section\"");
        assertThat(notJson.body()).contains("\"field\":\"body\"");
        assertThat(server.core.audit.recent(1).get(0).outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(server.core.audit.recent(1).get(0).actor()).isEqualTo("tests");
    }

    @Test
    void statusHistoryMetricsAndAccountsShowTheStoredSync() throws Exception {
        server.syncOneReport();

        String status = server.get("/api/qbwc/status").body();
        assertThat(status).contains("\"company\":\"default\"").contains("\"lastSessionState\":\"COMPLETED\"")
                .contains("\"balanced\":true").contains("\"stale\":false");
        String history = server.get("/api/qbwc/history?type=profit_and_loss&outcome=success&pageSize=5").body();
        assertThat(history).contains("\"total\":1").contains("\"type\":\"profit_and_loss\"");
        String metrics = server.get("/api/qbwc/metrics?from=2024-01&to=2026-12").body();
        assertThat(metrics).contains("\"key\":\"misc_revenue\",\"value\":100.00");
        String accounts = server.get("/api/qbwc/accounts").body();
        assertThat(accounts).contains("\"fullName\":\"Tier Two Plans\"").contains("\"mappedBy\":\"catch_all\"")
                .contains("\"metric\":\"misc_revenue\"");
    }

    @Test
    void oneHistoryEntryShowsWhatItReadButNeverItsRawPayload() throws Exception {
        server.syncOneReport();
        String listed = server.get("/api/qbwc/history?type=profit_and_loss&pageSize=1").body();
        String id = listed.replaceAll(".*\"items\":\\[\\{\"id\":(\\d+).*", "$1");

        HttpResponse<String> entry = server.get("/api/qbwc/history/" + id);

        assertThat(entry.statusCode()).isEqualTo(200);
        assertThat(entry.body()).contains("\"parsed\":{\"months\":[\"2024-02\"").contains("\"accounts\":1")
                .contains("\"rawResponseKept\":true").doesNotContain("report\"");
        assertThat(server.get("/api/qbwc/history/999999").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/qbwc/history/x").statusCode()).isEqualTo(400);
    }

    @Test
    void metricsDefaultToTheSyncWindow() throws Exception {
        String metrics = server.get("/api/qbwc/metrics").body();

        assertThat(metrics).contains("\"from\":\"2024-02\"").contains("\"to\":\"2026-02\"");
    }

    @Test
    void aMappingChangeShowsInTheMetricsAtOnce() throws Exception {
        server.syncOneReport();

        server.json("POST", "/api/qbwc/mappings", "{\"pattern\":\"Tier Two Plans\",\"matchType\":\"exact\",\"metric\":\"mrr\"}");

        assertThat(server.get("/api/qbwc/metrics?from=2024-01&to=2026-12").body())
                .contains("\"key\":\"mrr\",\"value\":100.00");
    }

    @Test
    void resyncAsksTheNextSessionForTheMonths() throws Exception {
        HttpResponse<String> accepted = server.json("POST", "/api/qbwc/resync", "{\"months\":[\"2025-03\",\"2025-04\"]}");

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(server.core.ledger.load(InMemoryCore.COMPANY).resyncRequested())
                .containsExactlyInAnyOrder(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
        assertThat(server.json("POST", "/api/qbwc/resync", "{\"months\":[\"March\"]}").body())
                .contains("\"field\":\"months\"");
    }

    @Test
    void malformedQueryParametersAre400sNamingThem() throws Exception {
        assertThat(server.get("/api/qbwc/metrics?from=2025-13").body()).contains("\"field\":\"from\"");
        assertThat(server.get("/api/qbwc/history?pageSize=0").body()).contains("\"field\":\"pageSize\"");
        assertThat(server.get("/api/qbwc/history?outcome=great").body()).contains("\"field\":\"outcome\"");
        assertThat(server.get("/api/qbwc/history?from=yesterday").statusCode()).isEqualTo(400);
    }
}
