package dev.qbrsync.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The period parameters of metrics, metrics.csv and review: a bad one is a 400 naming it, never a 500. */
class ReviewApiTest {
    private final RunningServer server = new RunningServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertRefused(String path, String field) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).as(path).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void anUnknownPeriodLengthIsA400NamingBy() throws Exception {
        for (String path : new String[] {"/api/qbwc/metrics?by=week", "/api/qbwc/metrics.csv?by=fortnight",
                "/api/qbwc/review?by=decade", "/api/qbwc/review?by=%00"}) {
            assertRefused(path, "by");
        }
        assertThat(server.get("/api/qbwc/metrics?by=week").body()).contains("[month, quarter, year]");
    }

    @Test
    void malformedOrReversedMonthsAre400sNamingThem() throws Exception {
        assertRefused("/api/qbwc/review?from=2025-Q5", "from");
        assertRefused("/api/qbwc/review?to=20251", "to");
        assertRefused("/api/qbwc/metrics?by=year&from=9999-01", "from");
        assertRefused("/api/qbwc/metrics.csv?by=quarter&from=2025-06&to=2025-01", "from");
    }

    @Test
    void periodsWithoutStoredMonthsAnswerEmptyFiguresAndAReviewWithNoValues() throws Exception {
        String quarters = server.get("/api/qbwc/metrics?by=quarter&from=2025-02&to=2025-07").body();
        assertThat(quarters).contains("\"by\":\"quarter\"").contains("\"metrics\":[]");

        HttpResponse<String> review = server.get("/api/qbwc/review?from=2025-02&to=2025-07");
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("\"period\":\"2025-Q1\"").contains("\"period\":\"2025-Q3\"")
                .contains("\"previous\":\"2024-Q4\"").contains("\"yearEarlier\":\"2024-Q1\"")
                .contains("\"key\":\"net_profit_pct\",\"value\":null").doesNotContain("\"period\":\"2025-Q4\"");

        HttpResponse<String> csv = server.get("/api/qbwc/metrics.csv?by=year&from=2025-01&to=2025-12");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("year,nrr,mrr,").contains(",employees,complete\r\n");
    }
}
