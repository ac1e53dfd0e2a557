package dev.qbrsync.http.api;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.CompanyScope;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Lets a REST call through only with a valid bearer token; a refusal is audited by the use case. Preflights pass. */
public final class TokenAuth implements Handler {
    public static final String ACTOR = "qbr.actor";
    public static final String SCOPE = "qbr.scope";
    /** The caller's {@link dev.qbrsync.core.access.Role}, which {@code RoleCheck} compares with the route's. */
    public static final String ROLE = "qbr.role";
    /** What the call's audit entry names as its action, when the call was let through. */
    public static final String ACTION = "qbr.action";
    private static final String BEARER = "Bearer ";

    private final ApiAccess apiAccess;

    public TokenAuth(ApiAccess apiAccess) {
        this.apiAccess = apiAccess;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        String header = ctx.header("Authorization");
        String secret = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : null;
        ApiAccess.Authorized authorized = apiAccess.authorize(new Caller(ctx.ip()), secret, action(ctx))
                .orElseThrow(() -> ApiError.unauthorized(secret == null
                        ? "An API token is required: send 'Authorization: Bearer <token>'."
                        : "The API token is invalid or revoked."));
        ctx.attribute(ACTOR, authorized.actor());
        ctx.attribute(SCOPE, authorized.scope());
        ctx.attribute(ROLE, authorized.role());
        ctx.attribute(ACTION, action(ctx));
    }

    /** The companies the call's token may act on. */
    public static CompanyScope scope(Context ctx) {
        CompanyScope scope = ctx.attribute(SCOPE);
        return scope == null ? CompanyScope.only(java.util.Set.of("none")) : scope;
    }

    /** Who asks, for a use case that audits its changes. */
    public static CompanyAdministration.Requester requester(Context ctx) {
        return new CompanyAdministration.Requester(new Caller(ctx.ip()), ctx.attribute(ACTOR), scope(ctx));
    }

    public static String action(Context ctx) {
        return "api " + ctx.method() + " " + ctx.path();
    }
}
