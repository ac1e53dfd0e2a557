package dev.qbrsync.http.api;

import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.review.BusinessReview;
import dev.qbrsync.core.review.PeriodFigure;
import dev.qbrsync.core.review.PeriodLength;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * GET metrics and metrics.csv by month (the stored rows, unchanged), quarter or year, and GET review: each period's
 * metrics and KPIs beside the previous period and the same period a year earlier.
 */
public final class ReviewRoutes {
    private final OverviewRoutes months;
    private final SyncOverview overview;
    private final BusinessReview review;

    public ReviewRoutes(OverviewRoutes months, SyncOverview overview) {
        this.months = months;
        this.overview = overview;
        this.review = new BusinessReview(overview);
    }

    public void metrics(Context ctx) {
        periodTotals(ctx, months::metrics).ifPresent(totals -> ctx.json(new ReviewJson.PeriodMetricsJson(
                totals.query().company().value(), totals.by().code(), totals.query().from(), totals.query().to(),
                totals.figures().stream().map(ReviewJson::periodMetric).toList())));
    }

    public void metricsCsv(Context ctx) {
        periodTotals(ctx, months::metricsCsv).ifPresent(totals -> ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"qbr-metrics-by-" + totals.by().code() + "-"
                        + totals.query().from() + "-to-" + totals.query().to() + ".csv\"")
                .result(MetricsCsv.ofPeriods(totals.by(), totals.figures())));
    }

    private record PeriodTotals(MetricsQuery query, PeriodLength by, List<PeriodFigure> figures) {
    }

    /** The quarters' or years' totals a call asks for; none when it asks by month, which {@code byMonth} answers. */
    private Optional<PeriodTotals> periodTotals(Context ctx, Consumer<Context> byMonth) {
        PeriodLength by = by(ctx, PeriodLength.MONTH);
        if (by == PeriodLength.MONTH) {
            byMonth.accept(ctx);
            return Optional.empty();
        }
        MetricsQuery query = MetricsQuery.of(ctx, overview);
        return Optional.of(new PeriodTotals(query, by, review.totals(AuthorizedCall.scope(ctx),
                query.company(), by, query.from(), query.to())));
    }

    public void review(Context ctx) {
        PeriodLength by = by(ctx, PeriodLength.QUARTER);
        MetricsQuery query = MetricsQuery.of(ctx, overview);
        ctx.json(new ReviewJson.ReviewPeriodsJson(query.company().value(), by.code(), query.from(), query.to(),
                review.review(AuthorizedCall.scope(ctx), query.company(), by, query.from(), query.to())
                        .stream()
                        .map(ReviewJson.PeriodJson::of).toList()));
    }

    private static PeriodLength by(Context ctx, PeriodLength fallback) {
        PeriodLength by = new RequestParameters(ctx).choice("by", PeriodLength.class);
        return by == null ? fallback : by;
    }
}
