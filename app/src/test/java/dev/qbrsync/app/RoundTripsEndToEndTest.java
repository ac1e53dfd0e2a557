package dev.qbrsync.app;

import dev.qbrsync.core.qbr.CompanyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a session's requests travel: all in one round trip, split on request, and what survives a partial failure. */
class RoundTripsEndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDirectory;

    @Test
    void aFailedReportInsideTheRoundTripKeepsTheEmployeeListThatCameWithIt() throws Exception {
        try (TestApp app = new TestApp(dataDirectory, CLOCK, Map.of())) {
            String company = new ManyCompanies(app.root, 4).create();
            SimulatedWebConnector connector = new SimulatedWebConnector(app.uri("/api/qbwc"),
                    new SimulatedWebConnector.Latencies(),
                    ManyCompanies.booksOf(company).refusingReports(3200, "The report could not be built"));

            String outcome = connector.playSession(ManyCompanies.userFor(company), ManyCompanies.PASSWORD);

            assertThat(outcome).startsWith("Sync failed: QuickBooks refused PNL:")
                    .contains("status 3200: The report could not be built")
                    .contains("The other 1 of the 2 answers were stored");
            assertThat(StoredMetrics.of(app.root, company, YearMonth.of(2026, 1))).containsOnlyKeys("employees");
            assertThat(history(app, company)).containsExactly("profit_loss:FAILED", "employees:SUCCESS");
            assertThat(app.root.administration().ledger().load(CompanyId.of(company)).monthLastSynced()).as("the months stay due")
                    .isEmpty();
        }
    }

    @Test
    void aLimitOnMonthsPerRequestSplitsTheSyncIntoRoundTripsWithTheSameNumbers() throws Exception {
        try (TestApp app = new TestApp(dataDirectory, CLOCK, Map.of("QBR_SYNC_WINDOW_MONTHS", "24",
                "QBR_MAX_MONTHS_PER_REQUEST", "12"))) {
            String company = new ManyCompanies(app.root, 4).create();
            SimulatedWebConnector.Latencies calls = new SimulatedWebConnector.Latencies();
            FakeQuickBooks books = ManyCompanies.booksOf(company);

            String outcome = new SimulatedWebConnector(app.uri("/api/qbwc"), calls, books)
                    .playSession(ManyCompanies.userFor(company), ManyCompanies.PASSWORD);

            assertThat(outcome).isEqualTo("Sync complete: 4 of 4 requests stored in 3 round trips.");
            assertThat(calls.nanosByMethod.get("sendRequestXML")).hasSize(3);
            for (YearMonth month = YearMonth.of(2024, 2); !month.isAfter(YearMonth.of(2026, 2));
                 month = month.plusMonths(1)) {
                assertThat(StoredMetrics.of(app.root, company, month)).as(month.toString()).hasSize(14)
                        .containsEntry("net_profit", books.netIncome(month).setScale(2));
            }
        }
    }

    private static List<String> history(TestApp app, String company) {
        return app.root.database().autonomousDsl().fetch("select sync_type || ':' || outcome from qbwc_sync_history "
                + "where organization_id = " + Integer.parseInt(company) + " order by id").getValues(0, String.class);
    }
}
