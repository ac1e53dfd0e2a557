package dev.qbrsync.http.api;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.AccountsReview;
import dev.qbrsync.core.overview.SyncOverview;
import dev.qbrsync.core.qbr.CompanyId;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** GET status, history, metrics and accounts; POST resync. */
public final class OverviewRoutes {
    private final SyncOverview overview;
    private final AccountsReview accountsReview;
    private final JsonBodies bodies;
    private final BackupState backups;

    public OverviewRoutes(SyncOverview overview, AccountsReview accountsReview, JsonBodies bodies,
                          BackupState backups) {
        this.overview = overview;
        this.accountsReview = accountsReview;
        this.bodies = bodies;
        this.backups = backups;
    }

    /** The installation's scheduled backups: whether they are on, and when the newest was taken (null: none yet). */
    record BackupsJson(boolean scheduled, Instant lastBackupAt) {
    }

    public void status(Context ctx) {
        ctx.json(Map.of("companies", overview.status(AuthorizedCall.scope(ctx)).stream()
                .map(OverviewJson.StatusJson::of).toList(), "backups", new BackupsJson(backups.backupsScheduled(),
                backups.lastBackupAt().orElse(null))));
    }

    public void history(Context ctx) {
        RequestParameters query = new RequestParameters(ctx);
        HistoryQuery historyQuery = new HistoryQuery(company(ctx), query.choice("type", SyncType.class),
                query.choice("outcome", SyncOutcome.class), query.instant("from"), query.instant("to"),
                query.number("page", 0, 0, 1_000_000), query.number("pageSize", 50, 1, HistoryQuery.MAX_PAGE_SIZE));
        Page<HistorySummary> page = overview.history(AuthorizedCall.scope(ctx), historyQuery);
        ctx.json(new OverviewJson.HistoryPageJson(page.page(), page.pageSize(), page.total(),
                page.items().stream().map(OverviewJson.HistoryJson::of).toList()));
    }

    /** One entry with what it read; never its raw payload. */
    public void historyEntry(Context ctx) {
        CompanyId company = company(ctx);
        long id = RequestParameters.id(ctx, "id");
        ctx.json(overview.historyEntry(AuthorizedCall.scope(ctx), company, id)
                .map(OverviewJson.HistoryEntryJson::of)
                .orElseThrow(() -> ApiError.notFound("There is no history entry " + id + " for company " + company
                        + ".")));
    }

    public void metrics(Context ctx) {
        MetricsQuery query = MetricsQuery.of(ctx, overview);
        ctx.json(new OverviewJson.MetricsJson(query.company().value(), query.from(), query.to(), overview.metrics(
                AuthorizedCall.scope(ctx), query.company(), query.from(), query.to()).stream()
                .map(OverviewJson.MetricJson::of).toList()));
    }

    /** The same metrics as a spreadsheet: a row per month, a column per metric. */
    public void metricsCsv(Context ctx) {
        MetricsQuery query = MetricsQuery.of(ctx, overview);
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"qbr-metrics-" + query.from() + "-to-"
                        + query.to() + ".csv\"")
                .result(MetricsCsv.of(overview.metrics(AuthorizedCall.scope(ctx), query.company(), query.from(),
                        query.to())));
    }

    public void accounts(Context ctx) {
        CompanyId company = company(ctx);
        ctx.json(new OverviewJson.AccountsJson(company.value(),
                accountsReview.accounts(AuthorizedCall.scope(ctx), company).stream()
                        .map(OverviewJson.AccountJson::of).toList()));
    }

    public void resync(Context ctx) {
        OverviewJson.ResyncJson request = bodies.read(ctx, OverviewJson.ResyncJson.class);
        if (request.months() == null || request.months().isEmpty()) {
            throw ApiError.badInput("months", "name at least one month (YYYY-MM) to fetch again");
        }
        List<YearMonth> months = request.months().stream().map(month -> RequestParameters.month("months", month))
                .toList();
        CompanyId company = request.company() == null || request.company().isBlank()
                ? RequestParameters.defaultCompany(overview, AuthorizedCall.scope(ctx))
                : known(RequestParameters.companyId("company", request.company().trim()));
        overview.requestResync(AuthorizedCall.scope(ctx), company, months);
        ctx.status(202).json(new OverviewJson.ResyncJson(company.value(), months.stream().map(YearMonth::toString).toList()));
    }

    /** The company the query names, or the caller's default one. */
    private CompanyId company(Context ctx) {
        return new RequestParameters(ctx).company(overview, AuthorizedCall.scope(ctx));
    }

    private CompanyId known(CompanyId company) {
        return RequestParameters.knownCompany(overview, company);
    }
}
