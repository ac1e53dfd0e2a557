package dev.qbrsync.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database refuses to store a report (here a CHECK constraint a DBA added refuses MRR rows; the replaced service's
 * database refused every upsert whose ON CONFLICT matched no index): getLastError, the history, /status and the audit
 * log say so in one sentence that names what failed, what stays due and that the server log has the detail; the
 * statement, with its hundreds of placeholders, is in the server log once and nowhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageFailureMessageTest {
    private static final int FEW_HUNDRED_CHARACTERS = 300;
    private static final Pattern SQL = Pattern.compile("(?i)insert into|on conflict|qbr_metrics_monthly|\\?, \\?|"
            + "excluded|SQL \\[");
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneOffset.UTC);
    private static final String THE_SENTENCE = "QBR Sync could not store QuickBooks' Profit & Loss for "
            + THIS_MONTH.minusMonths(2) + " to " + THIS_MONTH + ", so those months stay due for the next run; the "
            + "server log has the detail";

    private ReplacedServiceDatabase database;
    private AppProcess app;
    private SimulatedWebConnector webConnector;
    private String outcome;
    private String token;

    @BeforeAll
    void startAndSyncIntoADatabaseThatRefusesTheReport(@TempDir Path dataDirectory) throws Exception {
        database = ReplacedServiceDatabase.empty();
        Map<String, String> environment = new HashMap<>(TestApp.environment(dataDirectory));
        environment.putAll(database.settings());
        app = AppProcess.serve(environment);
        database.execute("ALTER TABLE qbr_metrics_monthly ADD CONSTRAINT no_mrr_here CHECK (metric_name <> 'mrr')");
        webConnector = new SimulatedWebConnector(app.endpoint(), new SimulatedWebConnector.Latencies());
        outcome = webConnector.playSession(TestApp.USER, TestApp.PASSWORD);
        token = AppProcess.createApiToken(environment);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (app != null) {
            app.terminate();
        }
    }

    @Test
    void getLastErrorSaysWhatFailedWhatStaysDueAndWhereTheDetailIsWithoutSql() {
        String expected = THE_SENTENCE + ". The other 1 of the 2 answers were stored.";
        assertThat(webConnector.lastErrors).containsExactly(expected);
        assertThat(expected).hasSizeLessThan(FEW_HUNDRED_CHARACTERS).doesNotContainPattern(SQL);
        assertThat(outcome).isEqualTo("Sync failed: " + expected);
    }

    @Test
    void theHistoryAndStatusSayTheSameSentence() throws Exception {
        assertThat(database.rows("SELECT sync_type, outcome, message FROM qbwc_sync_history ORDER BY id"))
                .containsExactly("profit_loss|FAILED|" + THE_SENTENCE,
                        "employees|SUCCESS|3 employees, 2 active");
        assertThat(app.apiGet("/api/qbwc/history?type=profit_and_loss", token))
                .contains("\"message\":\"" + THE_SENTENCE + "\"")
                .doesNotContainPattern(SQL);
        assertThat(app.apiGet("/api/qbwc/status", token))
                .contains("\"lastError\":\"" + THE_SENTENCE
                        + ". The other 1 of the 2 answers were stored.\"")
                .doesNotContainPattern(SQL);
        assertThat(database.rows("SELECT count(*) FROM qbwc_month_sync WHERE last_synced_at IS NOT NULL"))
                .as("the months stay due").containsExactly("0");
    }

    @Test
    void theStatementIsInTheServerLogOnceAndNowhereElseInTheDatabase() throws Exception {
        List<String> statementLines = app.output().lines()
                .filter(line -> line.toLowerCase().contains("insert into")).toList();
        assertThat(statementLines).singleElement().asString().containsIgnoringCase("on conflict");
        assertThat(app.output()).contains("Storing PNL:" + THIS_MONTH.minusMonths(2) + ".." + THIS_MONTH
                + " for company 1 failed; it stays due");
        assertThat(database.rows("SELECT concat_ws(' ', action, details::text, failure_reason) FROM qbr_audit_log"))
                .isNotEmpty().noneMatch(row -> SQL.matcher(row).find());
        assertThat(database.rows("SELECT coalesce(error_message, '') FROM qbwc_sync_sessions"))
                .noneMatch(row -> SQL.matcher(row).find());
    }
}
