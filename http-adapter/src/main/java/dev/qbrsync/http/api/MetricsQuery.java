package dev.qbrsync.http.api;

import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.qbr.CompanyId;
import io.javalin.http.Context;

import java.time.YearMonth;
import java.util.List;

/** The company and months a metrics query is about: {@code from} and {@code to} default to the sync window. */
record MetricsQuery(CompanyId company, YearMonth from, YearMonth to) {

    static MetricsQuery of(Context ctx, SyncOverview overview) {
        RequestParameters query = new RequestParameters(ctx);
        CompanyId company = query.company(overview, AuthorizedCall.scope(ctx));
        List<YearMonth> window = overview.window();
        YearMonth to = query.month("to", window.get(window.size() - 1));
        YearMonth from = query.month("from", window.get(0));
        if (from.isAfter(to)) {
            throw ApiError.badInput("from", "must not be after 'to'");
        }
        return new MetricsQuery(company, from, to);
    }
}
