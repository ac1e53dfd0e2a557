package dev.qbrsync.core.review;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarters and years from months by the QBR dashboard's rules, the KPIs and the changes, each figure worked out by
 * hand here (in the comments) from the months below.
 */
class PeriodReviewsTest {
    private static final Period Q1_2025 = new Period(PeriodLength.QUARTER, YearMonth.of(2025, 1));
    private static final List<MetricKey> TABLE_ORDER = List.of(MetricKey.values());

    private final List<StoredMetric> stored = new ArrayList<>();

    /** The 14 metrics of a month in the order of {@link #TABLE_ORDER}; a null leaves that metric unstored. */
    private void month(String month, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                stored.add(new StoredMetric(CompanyId.of("1"), YearMonth.parse(month), TABLE_ORDER.get(i), Money.of(values[i]),
                        StoredMetric.sourceOf(TABLE_ORDER.get(i)), null));
            }
        }
    }

    private void aQuarterOfStoredMonths() {
        // A year earlier: January and February 2024 only.
        for (String month : List.of("2024-01", "2024-02", "2024-10", "2024-11", "2024-12")) {
            month(month, "400", "4900", "300", "500", "0", "2900", "1500", "0", "400", "800", "6100", "5600", "500",
                    "4");
        }
        month("2025-01", "1000.10", "5000", "300", "800", "10", "3000", "1500", "200", "600", "900", "7110.10",
                "6200", "910.10", "4");
        month("2025-02", "500.05", "5100", "300", "0", "0.01", "3000", "1500", "0", "0", "950.50", "5900.06",
                "5450.50", "449.56", "4");
        month("2025-03", "0", "5200", "300", "1200", "0", "3100", "1500", "200", "900", "875.25", "6700", "6575.25",
                "124.75", "5");
    }

    private static Map<MetricKey, BigDecimal> valuesOf(List<PeriodFigure> figures, Period period) {
        Map<MetricKey, BigDecimal> values = new EnumMap<>(MetricKey.class);
        PeriodFigures.byKey(figures, period).forEach((key, figure) -> values.put(key, figure.value()));
        return values;
    }

    private static ReviewLine line(List<ReviewLine> lines, String key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aQuarterSumsItsMonthsToTheCentAndAveragesItsHeadcount() {
        aQuarterOfStoredMonths();

        List<PeriodFigure> figures = PeriodFigures.of(stored, List.of(Q1_2025));

        assertThat(valuesOf(figures, Q1_2025)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(MetricKey.NRR, Money.of("1500.15")), Map.entry(MetricKey.MRR, Money.of("15300.00")),
                Map.entry(MetricKey.ORR, Money.of("900.00")), Map.entry(MetricKey.PRODUCT_SALES, Money.of("2000.00")),
                Map.entry(MetricKey.MISC_REVENUE, Money.of("10.01")),
                Map.entry(MetricKey.EMPLOYEE_EXPENSE, Money.of("9100.00")),
                Map.entry(MetricKey.OWNER_COMP, Money.of("4500.00")),
                Map.entry(MetricKey.OWNER_COMP_TAXES, Money.of("400.00")),
                Map.entry(MetricKey.PRODUCT_COGS, Money.of("1500.00")),
                Map.entry(MetricKey.OTHER_EXPENSES, Money.of("2725.75")),
                Map.entry(MetricKey.TOTAL_REVENUE, Money.of("19710.16")),
                Map.entry(MetricKey.TOTAL_EXPENSES, Money.of("18225.75")),
                Map.entry(MetricKey.NET_PROFIT, Money.of("1484.41")),
                // (4 + 4 + 5) / 3 = 4.333…
                Map.entry(MetricKey.EMPLOYEES, Money.of("4.33"))));
        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.complete()).isTrue();
            assertThat(figure.monthsWithValue()).isEqualTo(3);
        });
    }

    @Test
    void aPeriodMissingMonthsSaysSoAndHeadcountAveragesOnlyTheMonthsThatHaveOne() {
        month("2025-04", "10", "20", "30", "0", "0", "5", "0", "0", "0", "0", "60", "5", "55", "6");
        month("2025-05", "10", "20", "30", "0", "0", "5", "0", "0", "0", "0", "60", "5", "55", null);
        Period q2 = new Period(PeriodLength.QUARTER, YearMonth.of(2025, 4));
        Period year = new Period(PeriodLength.YEAR, YearMonth.of(2025, 1));

        Map<MetricKey, PeriodFigure> quarter = PeriodFigures.byKey(PeriodFigures.of(stored, List.of(q2)), q2);
        Map<MetricKey, PeriodFigure> wholeYear = PeriodFigures.byKey(PeriodFigures.of(stored, List.of(year)), year);

        assertThat(quarter.get(MetricKey.MRR).value()).isEqualTo(Money.of("40.00"));
        assertThat(quarter.get(MetricKey.MRR).monthsWithValue()).isEqualTo(2);
        assertThat(quarter.get(MetricKey.MRR).complete()).isFalse();
        assertThat(quarter.get(MetricKey.EMPLOYEES).value()).as("May has no headcount: not counted as 0")
                .isEqualTo(Money.of("6.00"));
        assertThat(quarter.get(MetricKey.EMPLOYEES).monthsWithValue()).isEqualTo(1);
        assertThat(wholeYear.get(MetricKey.NET_PROFIT).value()).isEqualTo(Money.of("110.00"));
        assertThat(wholeYear.get(MetricKey.NET_PROFIT).monthsWithValue()).isEqualTo(2);
        assertThat(wholeYear.get(MetricKey.NET_PROFIT).complete()).isFalse();
        assertThat(PeriodFigures.of(stored, List.of(q2.previous()))).as("no month, no figure").isEmpty();
    }

    @Test
    void whereSeveralRowsHoldAMonthsValueTheDashboardsOrderOfSourcesDecides() {
        YearMonth january = YearMonth.of(2025, 1);
        stored.add(new StoredMetric(CompanyId.of("1"), january, MetricKey.MRR, Money.of("7.00"), "manual", null));
        stored.add(new StoredMetric(CompanyId.of("1"), january, MetricKey.MRR, Money.of("5.00"), "collected", null));
        stored.add(new StoredMetric(CompanyId.of("1"), january, MetricKey.MRR, Money.of("3.00"), StoredMetric.QUICKBOOKS, null));
        stored.add(new StoredMetric(CompanyId.of("1"), january, MetricKey.ORR, Money.of("9.00"), "manual", null));
        stored.add(new StoredMetric(CompanyId.of("1"), january, MetricKey.ORR, Money.of("8.00"), "collected", null));

        Map<MetricKey, BigDecimal> values = valuesOf(PeriodFigures.of(stored, List.of(Q1_2025)), Q1_2025);

        assertThat(values).containsEntry(MetricKey.MRR, Money.of("3.00")).containsEntry(MetricKey.ORR,
                Money.of("8.00"));
    }

    @Test
    void theDashboardsKpisAndOursMatchTheFiguresWorkedOutByHand() {
        aQuarterOfStoredMonths();

        PeriodReview review = PeriodReviews.of(stored, List.of(Q1_2025)).get(0);

        assertThat(review.complete()).isTrue();
        // 1484.41 / 19710.16 = 0.07531…
        assertThat(line(review.kpis(), "net_profit_pct").value()).isEqualTo("0.0753");
        // (1500.15 + 15300.00) / 19710.16 = 16800.15 / 19710.16 = 0.85236…
        assertThat(line(review.kpis(), "revenue_from_services_pct").value()).isEqualTo("0.8524");
        // 15300.00 / 16800.15 = 0.91070…
        assertThat(line(review.kpis(), "services_from_mrr_pct").value()).isEqualTo("0.9107");
        // 16800.15 / 4.33 employees × 4 quarters = 15519.769…
        assertThat(line(review.kpis(), "annual_service_rev_per_employee").value()).isEqualTo("15519.77");
        // (19710.16 − 1500.00) / 19710.16 = 0.92389…
        assertThat(line(review.kpis(), "gross_margin_pct").value()).isEqualTo("0.9239");
        // (15300.00 + 900.00) / 19710.16 = 0.82191…
        assertThat(line(review.kpis(), "recurring_revenue_pct").value()).isEqualTo("0.8219");
        // The previous quarter: 3 × 500 / 3 × 6100 = 0.08196…; 15900 / 4 × 4 = 15900.00.
        assertThat(line(review.kpis(), "net_profit_pct").previous()).isEqualTo("0.0820");
        assertThat(line(review.kpis(), "annual_service_rev_per_employee").previous()).isEqualTo("15900.00");
    }

    @Test
    void changesAgainstThePreviousQuarterAreAbsoluteAndRelativeToTheEarlierFiguresSize() {
        aQuarterOfStoredMonths();

        PeriodReview review = PeriodReviews.of(stored, List.of(Q1_2025)).get(0);

        ReviewLine revenue = line(review.metrics(), "total_revenue");
        assertThat(revenue.previous()).isEqualTo("18300.00");
        // 19710.16 − 18300.00 = 1410.16; / 18300.00 = 0.07705…
        assertThat(revenue.changeFromPrevious()).isEqualTo(new Change(new BigDecimal("1410.16"),
                new BigDecimal("0.0771")));
        // 1484.41 − 1500.00 = −15.59; / 1500.00 = −0.010393…
        assertThat(line(review.metrics(), "net_profit").changeFromPrevious()).isEqualTo(new Change(
                new BigDecimal("-15.59"), new BigDecimal("-0.0104")));
        // 10.01 against 0.00: a difference, but no percentage of nothing.
        assertThat(line(review.metrics(), "misc_revenue").changeFromPrevious()).isEqualTo(new Change(
                new BigDecimal("10.01"), null));
        // 0.0753 − 0.0820 = −0.0067; / 0.0820 = −0.08170…
        assertThat(line(review.kpis(), "net_profit_pct").changeFromPrevious()).isEqualTo(new Change(
                new BigDecimal("-0.0067"), new BigDecimal("-0.0817")));
        assertThat(line(review.metrics(), "employees").changeFromPrevious().absolute()).isEqualTo("0.33");
    }

    @Test
    void aYearEarlierPeriodMissingMonthsShowsItsFiguresButNoChange() {
        aQuarterOfStoredMonths();

        PeriodReview review = PeriodReviews.of(stored, List.of(Q1_2025)).get(0);

        ReviewLine revenue = line(review.metrics(), "total_revenue");
        assertThat(revenue.yearEarlier()).as("January and February 2024 only").isEqualTo("12200.00");
        assertThat(revenue.changeFromYearEarlier()).isNull();
        assertThat(line(review.kpis(), "annual_service_rev_per_employee").yearEarlier())
                .as("no annual rate from two months").isNull();
        assertThat(line(review.kpis(), "net_profit_pct").yearEarlier()).as("a ratio of two months is still one")
                .isEqualTo("0.0820");
        assertThat(line(review.kpis(), "net_profit_pct").changeFromYearEarlier()).isNull();
    }

    @Test
    void aQuarterWithNoMonthsHasNoFiguresNoKpisAndNoChanges() {
        aQuarterOfStoredMonths();
        Period q3 = new Period(PeriodLength.QUARTER, YearMonth.of(2025, 7));

        PeriodReview review = PeriodReviews.of(stored, List.of(q3)).get(0);

        assertThat(review.complete()).isFalse();
        assertThat(review.metrics()).hasSize(14).allSatisfy(line -> {
            assertThat(line.value()).isNull();
            assertThat(line.changeFromPrevious()).isNull();
        });
        assertThat(review.kpis()).hasSize(6).allSatisfy(line -> assertThat(line.value()).isNull());
    }

    @Test
    void aDivisorOfZeroOrAMissingInputGivesNoValueNeverZeroOrInfinity() {
        Map<MetricKey, BigDecimal> nothingSold = new EnumMap<>(MetricKey.class);
        for (MetricKey key : MetricKey.values()) {
            nothingSold.put(key, Money.ZERO);
        }
        nothingSold.put(MetricKey.NET_PROFIT, Money.of("-50.00"));
        nothingSold.put(MetricKey.EMPLOYEES, Money.of("3.00"));
        for (Kpi kpi : Kpi.values()) {
            if (kpi != Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE) {
                assertThat(kpi.of(nothingSold, PeriodLength.QUARTER)).as(kpi.code()).isEmpty();
            }
        }
        assertThat(Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE.of(nothingSold, PeriodLength.QUARTER))
                .contains(Money.of("0.00"));

        Map<MetricKey, BigDecimal> nobodyEmployed = new EnumMap<>(nothingSold);
        nobodyEmployed.put(MetricKey.MRR, Money.of("100.00"));
        nobodyEmployed.put(MetricKey.EMPLOYEES, Money.ZERO);
        assertThat(Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE.of(nobodyEmployed, PeriodLength.QUARTER)).isEmpty();
        nobodyEmployed.remove(MetricKey.EMPLOYEES);
        assertThat(Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE.of(nobodyEmployed, PeriodLength.QUARTER)).isEmpty();
        assertThat(Kpi.SERVICES_FROM_MRR_PCT.of(nobodyEmployed, PeriodLength.QUARTER)).contains(new BigDecimal(
                "1.0000"));
    }

    @Test
    void theAnnualRateScalesAMonthByTwelveAQuarterByFourAndAYearByOne() {
        Map<MetricKey, BigDecimal> figures = new EnumMap<>(Map.of(MetricKey.NRR, Money.of("100.00"),
                MetricKey.MRR, Money.of("200.00"), MetricKey.EMPLOYEES, Money.of("3.00")));

        assertThat(Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE.of(figures, PeriodLength.MONTH)).contains(Money.of("1200.00"));
        assertThat(Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE.of(figures, PeriodLength.QUARTER)).contains(Money.of("400.00"));
        assertThat(Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE.of(figures, PeriodLength.YEAR)).contains(Money.of("100.00"));
        assertThat(Kpi.NET_PROFIT_PCT.of(figures, PeriodLength.YEAR)).isEqualTo(Optional.empty());
    }

    @Test
    void periodsAreCalendarQuartersAndYearsWithTheirLabels() {
        assertThat(Period.covering(PeriodLength.QUARTER, YearMonth.of(2024, 11), YearMonth.of(2025, 4)))
                .extracting(Period::label).containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
        assertThat(Period.covering(PeriodLength.YEAR, YearMonth.of(2024, 11), YearMonth.of(2025, 4)))
                .extracting(Period::label).containsExactly("2024", "2025");
        assertThat(Q1_2025.previous().label()).isEqualTo("2024-Q4");
        assertThat(Q1_2025.yearEarlier().label()).isEqualTo("2024-Q1");
        assertThat(Q1_2025.last()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(PeriodLength.MONTH.periodOf(YearMonth.of(2025, 7)).label()).isEqualTo("2025-07");
    }
}
