package dev.qbrsync.http.api;

import dev.qbrsync.http.access.Access;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The REST API under {@value #PREFIX}: every call is let through by {@code authentication} (a token, or the page's
 * session), then by {@link RoleCheck} when its role allows the route, and audited afterwards. Each route names the
 * least role it needs.
 */
public final class ApiRoutes {
    public static final String PREFIX = "/api/qbwc/";

    private final OverviewRoutes overview;
    private final MappingRoutes mappings;
    private final RulePreviewRoutes previews;
    private final CompanyRoutes companies;
    private final TokenRoutes tokens;
    private final Handler authentication;
    private final ApiAudit audit;

    public ApiRoutes(OverviewRoutes overview, MappingRoutes mappings, RulePreviewRoutes previews,
                     CompanyRoutes companies, TokenRoutes tokens, Handler authentication, ApiAudit audit) {
        this.overview = overview;
        this.mappings = mappings;
        this.previews = previews;
        this.companies = companies;
        this.tokens = tokens;
        this.authentication = authentication;
        this.audit = audit;
    }

    /** A NUL character has no place in any parameter, and PostgreSQL cannot store it in text. */
    private static void refuseNulInQuery(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            if (name.indexOf('\u0000') >= 0 || values.stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                throw ApiError.badInput(name.replace("\u0000", "\\0"), "must not contain a NUL character");
            }
        });
    }

    /** @param answerPreflights answer OPTIONS with 204 here, when no CORS plugin does */
    public void addTo(JavalinConfig config, boolean answerPreflights) {
        config.routes.before(PREFIX + "*", ctx -> {
            authentication.handle(ctx);
            refuseNulInQuery(ctx);
        });
        config.routes.get(PREFIX + "status", overview::status, Access.VIEWER);
        config.routes.get(PREFIX + "history", overview::history, Access.VIEWER);
        config.routes.get(PREFIX + "history/{id}", overview::historyEntry, Access.VIEWER);
        config.routes.get(PREFIX + "metrics", overview::metrics, Access.VIEWER);
        config.routes.get(PREFIX + "metrics.csv", overview::metricsCsv, Access.VIEWER);
        config.routes.get(PREFIX + "accounts", overview::accounts, Access.VIEWER);
        config.routes.post(PREFIX + "resync", overview::resync, Access.EDITOR);
        config.routes.get(PREFIX + "mappings", mappings::list, Access.VIEWER);
        config.routes.post(PREFIX + "mappings", mappings::create, Access.EDITOR);
        // A preview changes nothing: a viewer may see what a change would do.
        config.routes.post(PREFIX + "mappings/preview", previews::preview, Access.VIEWER);
        config.routes.put(PREFIX + "mappings/{id}", mappings::update, Access.EDITOR);
        config.routes.delete(PREFIX + "mappings/{id}", mappings::delete, Access.EDITOR);
        config.routes.get(PREFIX + "companies", companies::list, Access.VIEWER);
        config.routes.post(PREFIX + "companies", companies::create, Access.ADMIN);
        config.routes.get(PREFIX + "companies/{id}", companies::get, Access.VIEWER);
        config.routes.patch(PREFIX + "companies/{id}", companies::update, Access.ADMIN);
        config.routes.post(PREFIX + "companies/{id}/rebind", companies::rebind, Access.ADMIN);
        config.routes.get(PREFIX + "companies/{id}/qwc", companies::qwc, Access.ADMIN);
        config.routes.get(PREFIX + "tokens", tokens::list, Access.ADMIN);
        config.routes.post(PREFIX + "tokens", tokens::create, Access.ADMIN);
        config.routes.delete(PREFIX + "tokens/{id}", tokens::revoke, Access.ADMIN);
        if (answerPreflights) {
            config.routes.options(PREFIX + "*", ctx -> ctx.status(204), Access.PUBLIC);
        }
        config.routes.after(PREFIX + "*", audit);
    }
}
