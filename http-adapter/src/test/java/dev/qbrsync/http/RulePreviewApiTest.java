package dev.qbrsync.http;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/qbwc/mappings/preview over HTTP: what a change would do, nothing stored, bad input named. */
class RulePreviewApiTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private final RunningServer server = new RunningServer();

    @BeforeEach
    void storeAReport() {
        server.core.history.record(new SyncHistoryEntry(null, InMemoryCore.COMPANY, UUID.randomUUID(),
                SyncType.PROFIT_AND_LOSS, JAN, JAN, "<raw/>", ReportBuilder.forMonths(JAN)
                .account(ReportSection.INCOME, "Tier Two Plans", "1234.50").build(), null, List.of(),
                SyncOutcome.SUCCESS, "", Instant.parse("2026-02-01T00:00:00Z")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> preview(String body) throws Exception {
        return server.json("POST", "/api/qbwc/mappings/preview", body);
    }

    @Test
    void aNewRuleIsPreviewedWithTheAccountsItMovesAndTheMetricsItChanges() throws Exception {
        HttpResponse<String> response = preview("{\"change\":\"create\",\"rule\":{\"pattern\":\"Tier Two\","
                + "\"matchType\":\"prefix\",\"metric\":\"mrr\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"company\":\"default\"")
                .contains("\"fullName\":\"Tier Two Plans\"")
                .contains("\"amounts\":{\"2026-01\":1234.50}")
                .contains("\"before\":{\"metric\":\"misc_revenue\",\"mappedBy\":\"catch_all\"")
                .contains("\"after\":{\"metric\":\"mrr\",\"mappedBy\":\"rule\",\"ruleId\":null,"
                        + "\"explanation\":\"the new rule prefix 'Tier Two'\"}")
                .contains("{\"month\":\"2026-01\",\"metric\":\"mrr\",\"before\":0.00,\"after\":1234.50,"
                        + "\"change\":1234.50}")
                .contains("{\"month\":\"2026-01\",\"metric\":\"misc_revenue\",\"before\":1234.50,\"after\":0.00,"
                        + "\"change\":-1234.50}");
        AuditEvent audit = server.core.audit.recent(1).get(0);
        assertThat(audit.action()).isEqualTo("api POST /api/qbwc/mappings/preview");
        assertThat(audit.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(server.get("/api/qbwc/mappings").body()).doesNotContain("Tier Two");
    }

    @Test
    void editsAndRemovalsNameAStoredRule() throws Exception {
        String created = server.json("POST", "/api/qbwc/mappings", "{\"pattern\":\"Tier Two\",\"matchType\":"
                + "\"prefix\",\"metric\":\"mrr\"}").body();
        String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");

        assertThat(preview("{\"change\":\"update\",\"id\":" + id + ",\"rule\":{\"metric\":\"orr\"}}").body())
                .contains("\"before\":{\"metric\":\"mrr\",\"mappedBy\":\"rule\",\"ruleId\":" + id)
                .contains("\"after\":{\"metric\":\"orr\"");
        assertThat(preview("{\"change\":\"delete\",\"id\":" + id + "}").body())
                .contains("\"after\":{\"metric\":\"misc_revenue\",\"mappedBy\":\"catch_all\"");
        assertThat(preview("{\"change\":\"delete\",\"id\":987654}").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(preview("{\"change\":\"rename\"}").body()).contains("\"field\":\"change\"");
        assertThat(preview("{\"change\":\"create\"}").body()).contains("\"field\":\"rule\"");
        assertThat(preview("{\"change\":\"delete\",\"id\":\"seven\"}").body()).contains("\"field\":\"id\"");
        HttpResponse<String> badMetric = preview("{\"change\":\"create\",\"rule\":{\"pattern\":\"x\","
                + "\"matchType\":\"exact\",\"metric\":\"arr\"}}");
        assertThat(badMetric.statusCode()).isEqualTo(400);
        assertThat(badMetric.body()).contains("\"field\":\"metric\"");
        HttpResponse<String> badRegex = preview("{\"change\":\"create\",\"rule\":{\"pattern\":\"(a+)+$\","
                + "\"matchType\":\"regex\",\"metric\":\"mrr\"}}");
        assertThat(badRegex.statusCode()).isEqualTo(400);
        assertThat(badRegex.body()).contains("\"field\":\"pattern\"").contains("too costly");
        assertThat(server.core.audit.recent(1).get(0).outcome()).isEqualTo(AuditOutcome.FAILURE);
    }
}
