package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every {@link MetricsRepository} must do. */
public abstract class MetricsRepositoryContract {
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    protected abstract MetricsRepository repository();

    /** Stores a value under another source, as a manual entry would. */
    protected abstract void storeFromOtherSource(StoredMetric metric);

    private static String newCompany() {
        return "company-" + UUID.randomUUID();
    }

    private static MonthlyMetrics month(YearMonth month, MetricKey key, String value) {
        return new MonthlyMetrics(month, Map.of(key, Money.of(value)));
    }

    @Test
    void storesValuesPerMonthAndKey() {
        String company = newCompany();

        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.MRR, Money.of("1200.50"), MetricKey.NET_PROFIT,
                        Money.of("-300.25"))),
                month(JANUARY, MetricKey.MRR, "1300.00")));

        assertThat(repository().find(company, DECEMBER, JANUARY))
                .extracting(StoredMetric::month, StoredMetric::key, StoredMetric::value, StoredMetric::source)
                .containsExactlyInAnyOrder(
                        tuple(DECEMBER, MetricKey.MRR, new BigDecimal("1200.50"), StoredMetric.QUICKBOOKS),
                        tuple(DECEMBER, MetricKey.NET_PROFIT, new BigDecimal("-300.25"), StoredMetric.QUICKBOOKS),
                        tuple(JANUARY, MetricKey.MRR, new BigDecimal("1300.00"), StoredMetric.QUICKBOOKS));
    }

    @Test
    void upsertReplacesOnlyTheGivenMonthsAndKeys() {
        String company = newCompany();
        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.MRR, Money.of("1.00"), MetricKey.NRR, Money.of("2.00")))));

        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(month(DECEMBER, MetricKey.MRR, "9.99")));

        assertThat(repository().find(company, DECEMBER, DECEMBER))
                .extracting(StoredMetric::key, StoredMetric::value)
                .containsExactlyInAnyOrder(tuple(MetricKey.MRR, new BigDecimal("9.99")),
                        tuple(MetricKey.NRR, new BigDecimal("2.00")));
    }

    @Test
    void removeDeletesOnlyTheSourcesValuesOfThatKeyAndThoseMonths() {
        String company = newCompany();
        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.EMPLOYEES, Money.of("3.00"), MetricKey.MRR,
                        Money.of("1.00"))),
                month(JANUARY, MetricKey.EMPLOYEES, "4.00")));
        storeFromOtherSource(new StoredMetric(company, DECEMBER, MetricKey.EMPLOYEES, Money.of("5.00"), "manual", null));

        repository().remove(company, StoredMetric.QUICKBOOKS, MetricKey.EMPLOYEES, List.of(DECEMBER));

        assertThat(repository().find(company, DECEMBER, JANUARY))
                .extracting(StoredMetric::month, StoredMetric::key, StoredMetric::source)
                .containsExactlyInAnyOrder(tuple(DECEMBER, MetricKey.MRR, StoredMetric.QUICKBOOKS),
                        tuple(DECEMBER, MetricKey.EMPLOYEES, "manual"),
                        tuple(JANUARY, MetricKey.EMPLOYEES, StoredMetric.QUICKBOOKS));
    }

    @Test
    void neverOverwritesAValueAnotherSourceOwns() {
        String company = newCompany();
        storeFromOtherSource(new StoredMetric(company, DECEMBER, MetricKey.MRR, Money.of("777.00"), "manual", null));

        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(month(DECEMBER, MetricKey.MRR, "100.00")));

        assertThat(repository().find(company, DECEMBER, DECEMBER))
                .extracting(StoredMetric::source, StoredMetric::value)
                .containsExactlyInAnyOrder(tuple("manual", new BigDecimal("777.00")),
                        tuple(StoredMetric.QUICKBOOKS, new BigDecimal("100.00")));
    }

    @Test
    void findIsBoundedByCompanyAndMonthsAcrossAYearBoundary() {
        String company = newCompany();
        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(
                month(YearMonth.of(2025, 11), MetricKey.ORR, "1.00"),
                month(DECEMBER, MetricKey.ORR, "2.00"),
                month(JANUARY, MetricKey.ORR, "3.00"),
                month(YearMonth.of(2026, 2), MetricKey.ORR, "4.00")));
        repository().upsert(newCompany(), StoredMetric.QUICKBOOKS, List.of(month(DECEMBER, MetricKey.ORR, "5.00")));

        assertThat(repository().find(company, DECEMBER, JANUARY))
                .extracting(StoredMetric::month)
                .containsExactlyInAnyOrder(DECEMBER, JANUARY);
    }

    @Test
    void recordsWhenAValueWasUpdated() {
        String company = newCompany();

        repository().upsert(company, StoredMetric.QUICKBOOKS, List.of(month(JANUARY, MetricKey.EMPLOYEES, "12.00")));

        assertThat(repository().find(company, JANUARY, JANUARY).get(0).updatedAt()).isNotNull();
    }
}
