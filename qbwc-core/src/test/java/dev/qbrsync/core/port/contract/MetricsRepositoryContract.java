package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.CompanyId;
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

/**
 * What every {@link MetricsRepository} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class MetricsRepositoryContract {
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    protected abstract MetricsRepository repository();

    /** Stores a value as a person would enter it in the dashboard. */
    protected abstract void enterByHand(StoredMetric metric);

    /** A company the repository has never seen; adapters that keep companies in a table create it. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    private static MonthlyMetrics month(YearMonth month, MetricKey key, String value) {
        return new MonthlyMetrics(month, Map.of(key, Money.of(value)));
    }

    @Test
    void storesValuesPerMonthAndKeyTotalsAsCalculated() {
        CompanyId company = newCompany();

        repository().storeQuickBooksFigures(company, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.MRR, Money.of("1200.50"), MetricKey.NET_PROFIT,
                        Money.of("-300.25"))),
                month(JANUARY, MetricKey.MRR, "1300.00")));

        assertThat(repository().find(company, DECEMBER, JANUARY))
                .extracting(StoredMetric::month, StoredMetric::key, StoredMetric::value, StoredMetric::source)
                .containsExactlyInAnyOrder(
                        tuple(DECEMBER, MetricKey.MRR, new BigDecimal("1200.50"), StoredMetric.QUICKBOOKS),
                        tuple(DECEMBER, MetricKey.NET_PROFIT, new BigDecimal("-300.25"), StoredMetric.CALCULATED),
                        tuple(JANUARY, MetricKey.MRR, new BigDecimal("1300.00"), StoredMetric.QUICKBOOKS));
    }

    @Test
    void storingReplacesOnlyTheGivenMonthsAndKeys() {
        CompanyId company = newCompany();
        repository().storeQuickBooksFigures(company, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.MRR, Money.of("1.00"), MetricKey.NRR, Money.of("2.00")))));

        repository().storeQuickBooksFigures(company, List.of(month(DECEMBER, MetricKey.MRR, "9.99")));

        assertThat(repository().find(company, DECEMBER, DECEMBER))
                .extracting(StoredMetric::key, StoredMetric::value)
                .containsExactlyInAnyOrder(tuple(MetricKey.MRR, new BigDecimal("9.99")),
                        tuple(MetricKey.NRR, new BigDecimal("2.00")));
    }

    @Test
    void aValueAPersonEnteredIsKeptAndWhatQuickBooksWouldHaveWrittenIsReturned() {
        CompanyId company = newCompany();
        enterByHand(new StoredMetric(company, DECEMBER, MetricKey.MRR, Money.of("777.00"), "manual", null));

        List<KeptValue> kept = repository().storeQuickBooksFigures(company, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.MRR, Money.of("100.00"), MetricKey.NRR,
                        Money.of("5.00")))));

        assertThat(kept).singleElement().satisfies(value -> {
            assertThat(value.key()).isEqualTo(MetricKey.MRR);
            assertThat(value.kept()).isEqualByComparingTo("777.00");
            assertThat(value.quickBooksValue()).isEqualByComparingTo("100.00");
        });
        assertThat(repository().find(company, DECEMBER, DECEMBER))
                .extracting(StoredMetric::key, StoredMetric::value, StoredMetric::isFromSync)
                .containsExactlyInAnyOrder(tuple(MetricKey.MRR, new BigDecimal("777.00"), false),
                        tuple(MetricKey.NRR, new BigDecimal("5.00"), true));
    }

    @Test
    void removingDeletesOnlyTheSyncsValuesOfThatKeyAndThoseMonths() {
        CompanyId company = newCompany();
        repository().storeQuickBooksFigures(company, List.of(
                new MonthlyMetrics(DECEMBER, Map.of(MetricKey.EMPLOYEES, Money.of("3.00"), MetricKey.MRR,
                        Money.of("1.00"))),
                month(JANUARY, MetricKey.EMPLOYEES, "4.00")));
        enterByHand(new StoredMetric(company, JANUARY, MetricKey.ORR, Money.of("5.00"), "manual", null));

        repository().removeQuickBooksFigures(company, MetricKey.EMPLOYEES, List.of(DECEMBER));
        repository().removeQuickBooksFigures(company, MetricKey.ORR, List.of(JANUARY));

        assertThat(repository().find(company, DECEMBER, JANUARY))
                .extracting(StoredMetric::month, StoredMetric::key)
                .containsExactlyInAnyOrder(tuple(DECEMBER, MetricKey.MRR), tuple(JANUARY, MetricKey.EMPLOYEES),
                        tuple(JANUARY, MetricKey.ORR));
    }

    @Test
    void findIsBoundedByCompanyAndMonthsAcrossAYearBoundary() {
        CompanyId company = newCompany();
        repository().storeQuickBooksFigures(company, List.of(
                month(YearMonth.of(2025, 11), MetricKey.ORR, "1.00"),
                month(DECEMBER, MetricKey.ORR, "2.00"),
                month(JANUARY, MetricKey.ORR, "3.00"),
                month(YearMonth.of(2026, 2), MetricKey.ORR, "4.00")));
        repository().storeQuickBooksFigures(newCompany(), List.of(month(DECEMBER, MetricKey.ORR, "5.00")));

        assertThat(repository().find(company, DECEMBER, JANUARY))
                .extracting(StoredMetric::month)
                .containsExactlyInAnyOrder(DECEMBER, JANUARY);
    }

    @Test
    void oneCompanysRowsAreInvisibleThroughAnotherAndUntouchedByItsChanges() {
        CompanyId a = newCompany();
        CompanyId b = newCompany();
        repository().storeQuickBooksFigures(a, List.of(month(JANUARY, MetricKey.ORR, "7.00")));

        assertThat(repository().find(b, DECEMBER, JANUARY)).isEmpty();
        repository().storeQuickBooksFigures(b, List.of(month(JANUARY, MetricKey.ORR, "9.00")));
        repository().removeQuickBooksFigures(b, MetricKey.ORR, List.of(JANUARY));

        assertThat(repository().find(a, JANUARY, JANUARY)).singleElement()
                .satisfies(metric -> assertThat(metric.value()).isEqualByComparingTo("7.00"));
        assertThat(repository().find(b, JANUARY, JANUARY)).isEmpty();
    }

    @Test
    void recordsWhenAValueWasUpdated() {
        CompanyId company = newCompany();

        repository().storeQuickBooksFigures(company, List.of(month(JANUARY, MetricKey.EMPLOYEES, "12.00")));

        assertThat(repository().find(company, JANUARY, JANUARY).get(0).updatedAt()).isNotNull();
    }
}
