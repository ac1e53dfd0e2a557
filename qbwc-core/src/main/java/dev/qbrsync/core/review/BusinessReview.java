package dev.qbrsync.core.review;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.YearMonth;
import java.util.List;

/**
 * Quarters and years for a business review, read from the stored months: their totals, and each period's metrics
 * and KPIs beside the previous period and the same period a year earlier. Periods are whole: {@code from} and
 * {@code to} name months, and every period holding a month between them is given.
 */
public final class BusinessReview {
    private final SyncOverview overview;

    public BusinessReview(SyncOverview overview) {
        this.overview = overview;
    }

    public List<PeriodFigure> totals(CompanyScope scope, CompanyId companyId, PeriodLength length, YearMonth from,
                                     YearMonth to) {
        List<Period> periods = Period.covering(length, from, to);
        return PeriodFigures.of(overview.metrics(scope, companyId, periods.get(0).first(),
                periods.get(periods.size() - 1).last()), periods);
    }

    public List<PeriodReview> review(CompanyScope scope, CompanyId companyId, PeriodLength length, YearMonth from,
                                     YearMonth to) {
        List<Period> periods = Period.covering(length, from, to);
        return PeriodReviews.of(overview.metrics(scope, companyId, periods.get(0).yearEarlier().first(),
                periods.get(periods.size() - 1).last()), periods);
    }
}
