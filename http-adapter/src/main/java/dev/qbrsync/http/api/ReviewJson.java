package dev.qbrsync.http.api;

import dev.qbrsync.core.review.Change;
import dev.qbrsync.core.review.PeriodFigure;
import dev.qbrsync.core.review.PeriodReview;
import dev.qbrsync.core.review.ReviewLine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of metrics by quarter or year and of the review; a value that cannot be worked out is null. */
final class ReviewJson {

    private ReviewJson() {
    }

    /** {"quarter": "2025-Q1", "key": …, "value": …, "months": 3, "complete": true}; "year" for years. */
    static Map<String, Object> periodMetric(PeriodFigure figure) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(figure.period().length().code(), figure.period().label());
        entry.put("key", figure.key().code());
        entry.put("value", figure.value());
        entry.put("months", figure.monthsWithValue());
        entry.put("complete", figure.complete());
        return entry;
    }

    record PeriodMetricsJson(String company, String by, YearMonth from, YearMonth to,
                             List<Map<String, Object>> metrics) {
    }

    record ChangeJson(BigDecimal absolute, BigDecimal relative) {
        static ChangeJson of(Change change) {
            return change == null ? null : new ChangeJson(change.absolute(), change.relative());
        }
    }

    record LineJson(String key, BigDecimal value, boolean complete, BigDecimal previous, BigDecimal yearEarlier,
                    ChangeJson changeFromPrevious, ChangeJson changeFromYearEarlier) {
        static LineJson of(ReviewLine line) {
            return new LineJson(line.key(), line.value(), line.complete(), line.previous(), line.yearEarlier(),
                    ChangeJson.of(line.changeFromPrevious()), ChangeJson.of(line.changeFromYearEarlier()));
        }
    }

    record PeriodJson(String period, YearMonth first, YearMonth last, boolean complete, String previous,
                      String yearEarlier, List<LineJson> metrics, List<LineJson> kpis) {
        static PeriodJson of(PeriodReview review) {
            return new PeriodJson(review.period().label(), review.period().first(), review.period().last(),
                    review.complete(), review.period().previous().label(), review.period().yearEarlier().label(),
                    review.metrics().stream().map(LineJson::of).toList(),
                    review.kpis().stream().map(LineJson::of).toList());
        }
    }

    record ReviewPeriodsJson(String company, String by, YearMonth from, YearMonth to, List<PeriodJson> periods) {
    }
}
