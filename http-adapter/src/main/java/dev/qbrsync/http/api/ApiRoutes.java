package dev.qbrsync.http.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/**
 * The REST API under {@value #PREFIX}: every call is let through by {@code authentication} (a token, or the page's
 * session) and audited afterwards.
 */
public final class ApiRoutes {
    public static final String PREFIX = "/api/qbwc/";

    private final OverviewRoutes overview;
    private final MappingRoutes mappings;
    private final RulePreviewRoutes previews;
    private final CompanyRoutes companies;
    private final Handler authentication;
    private final ApiAudit audit;

    public ApiRoutes(OverviewRoutes overview, MappingRoutes mappings, RulePreviewRoutes previews,
                     CompanyRoutes companies, Handler authentication, ApiAudit audit) {
        this.overview = overview;
        this.mappings = mappings;
        this.previews = previews;
        this.companies = companies;
        this.authentication = authentication;
        this.audit = audit;
    }

    /** @param answerPreflights answer OPTIONS with 204 here, when no CORS plugin does */
    public void addTo(JavalinConfig config, boolean answerPreflights) {
        config.routes.before(PREFIX + "*", authentication);
        config.routes.get(PREFIX + "status", overview::status);
        config.routes.get(PREFIX + "history", overview::history);
        config.routes.get(PREFIX + "history/{id}", overview::historyEntry);
        config.routes.get(PREFIX + "metrics", overview::metrics);
        config.routes.get(PREFIX + "metrics.csv", overview::metricsCsv);
        config.routes.get(PREFIX + "accounts", overview::accounts);
        config.routes.post(PREFIX + "resync", overview::resync);
        config.routes.get(PREFIX + "mappings", mappings::list);
        config.routes.post(PREFIX + "mappings", mappings::create);
        config.routes.post(PREFIX + "mappings/preview", previews::preview);
        config.routes.put(PREFIX + "mappings/{id}", mappings::update);
        config.routes.delete(PREFIX + "mappings/{id}", mappings::delete);
        config.routes.get(PREFIX + "companies", companies::list);
        config.routes.post(PREFIX + "companies", companies::create);
        config.routes.get(PREFIX + "companies/{id}", companies::get);
        config.routes.patch(PREFIX + "companies/{id}", companies::update);
        config.routes.post(PREFIX + "companies/{id}/rebind", companies::rebind);
        if (answerPreflights) {
            config.routes.options(PREFIX + "*", ctx -> ctx.status(204));
        }
        config.routes.after(PREFIX + "*", audit);
    }
}
