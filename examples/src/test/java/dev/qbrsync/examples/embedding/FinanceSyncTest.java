package dev.qbrsync.examples.embedding;

import dev.qbrsync.core.exchange.SyncEvents.SessionEnd;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FinanceSyncTest {
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    private final WarehouseMetrics warehouse = new WarehouseMetrics(clock);
    private final SessionCounter monitoring = new SessionCounter();
    private final QuickBooksDesktop quickBooks = new QuickBooksDesktop("40000 · Managed Services")
            .income(FEBRUARY, "12000.10").income(MARCH, "7450.55").employee("Ada").employee("Grace");

    @Test
    void aWholeWebConnectorConversationLandsInTheTeamsOwnStoreToTheCent() {
        try (FinanceSync service = new FinanceSync(clock, warehouse, monitoring)) {
            CompanyId company = service.addCompany("Acme", "acme-qbwc", "correct horse".toCharArray());

            String closed = service.playWebConnector("acme-qbwc", "correct horse".toCharArray(), quickBooks);

            assertThat(closed).doesNotContainIgnoringCase("error");
            // Without hire dates the employee list counts for the month it was fetched in only.
            assertThat(warehouse.find(company, FEBRUARY, MARCH))
                    .filteredOn(metric -> metric.key() == MetricKey.MRR || metric.key() == MetricKey.EMPLOYEES)
                    .extracting(StoredMetric::month, StoredMetric::key, StoredMetric::value)
                    .containsExactlyInAnyOrder(
                            tuple(FEBRUARY, MetricKey.MRR, new BigDecimal("12000.10")),
                            tuple(MARCH, MetricKey.MRR, new BigDecimal("7450.55")),
                            tuple(MARCH, MetricKey.EMPLOYEES, new BigDecimal("2.00")));
            assertThat(monitoring.sessionsEnded(SessionEnd.COMPLETED)).isEqualTo(1);
            assertThat(monitoring.failedSyncs()).isZero();
        }
    }

    @Test
    void aWrongPasswordStoresNothing() {
        try (FinanceSync service = new FinanceSync(clock, warehouse, monitoring)) {
            CompanyId company = service.addCompany("Acme", "acme-qbwc", "correct horse".toCharArray());

            service.playWebConnector("acme-qbwc", "wrong horse!".toCharArray(), quickBooks);

            // Without hire dates the employee list counts for the month it was fetched in only.
            assertThat(warehouse.find(company, FEBRUARY, MARCH)).isEmpty();
            assertThat(monitoring.sessionsEnded(SessionEnd.COMPLETED)).isZero();
        }
    }
}
