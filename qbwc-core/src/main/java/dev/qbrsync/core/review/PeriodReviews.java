package dev.qbrsync.core.review;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Works out the review of periods from the stored months: the one place the metrics, KPIs and changes come from. */
public final class PeriodReviews {

    private PeriodReviews() {
    }

    /**
     * The review of each period; {@code stored} must hold the months of the periods and of the periods before them and
     * a year before them, or their comparisons are missing.
     */
    public static List<PeriodReview> of(List<StoredMetric> stored, List<Period> periods) {
        List<Period> needed = periods.stream().flatMap(period -> List.of(period, period.previous(),
                period.yearEarlier()).stream()).distinct().sorted().toList();
        List<PeriodFigure> figures = PeriodFigures.of(stored, needed);
        return periods.stream().map(period -> review(figures, period)).toList();
    }

    private static PeriodReview review(List<PeriodFigure> figures, Period period) {
        Figures current = new Figures(PeriodFigures.byKey(figures, period));
        Figures previous = new Figures(PeriodFigures.byKey(figures, period.previous()));
        Figures yearEarlier = new Figures(PeriodFigures.byKey(figures, period.yearEarlier()));
        List<ReviewLine> metrics = Arrays.stream(MetricKey.values()).map(key -> line(key.code(),
                figuresOf -> figuresOf.metric(key), current, previous, yearEarlier)).toList();
        List<ReviewLine> kpis = Arrays.stream(Kpi.values()).map(kpi -> line(kpi.code(),
                figuresOf -> figuresOf.kpi(kpi, period.length()), current, previous, yearEarlier)).toList();
        boolean complete = Arrays.stream(MetricKey.values()).allMatch(key -> current.metric(key).complete());
        return new PeriodReview(period, complete, metrics, kpis);
    }

    private static ReviewLine line(String key, Function<Figures, Figure> figureOf, Figures current, Figures previous,
                                   Figures yearEarlier) {
        Figure now = figureOf.apply(current);
        Figure before = figureOf.apply(previous);
        Figure yearBefore = figureOf.apply(yearEarlier);
        return new ReviewLine(key, now.value().orElse(null), now.complete(), before.value().orElse(null),
                yearBefore.value().orElse(null), now.changeFrom(before), now.changeFrom(yearBefore));
    }

    /** A value that may be missing, and whether every month it stands for had a value. */
    private record Figure(Optional<BigDecimal> value, boolean complete) {
        Change changeFrom(Figure earlier) {
            return complete && earlier.complete ? Change.between(value, earlier.value).orElse(null) : null;
        }
    }

    /** One period's metric figures, and the KPIs worked out from them. */
    private record Figures(Map<MetricKey, PeriodFigure> byKey) {
        Figure metric(MetricKey key) {
            PeriodFigure figure = byKey.get(key);
            return figure == null ? new Figure(Optional.empty(), false)
                    : new Figure(Optional.of(figure.value()), figure.complete());
        }

        Figure kpi(Kpi kpi, PeriodLength length) {
            Map<MetricKey, BigDecimal> values = new EnumMap<>(MetricKey.class);
            byKey.forEach((key, figure) -> values.put(key, figure.value()));
            boolean complete = kpi.inputs().stream().allMatch(key -> metric(key).complete());
            Optional<BigDecimal> value = kpi.of(values, length);
            // An annual rate from a period still missing months would be a guess.
            boolean annualised = kpi == Kpi.ANNUAL_SERVICE_REV_PER_EMPLOYEE;
            return new Figure(annualised && !complete ? Optional.empty() : value, complete);
        }
    }
}
