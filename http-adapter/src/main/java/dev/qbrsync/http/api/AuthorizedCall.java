package dev.qbrsync.http.api;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.CompanyScope;
import io.javalin.http.Context;

/**
 * What authentication, by API token or by the page's session, learnt about a call it let through: who acts, on which
 * companies, and the action its audit entry names. The routes and the audit read it from here.
 */
public final class AuthorizedCall {
    private static final String ACTOR = "authorized.actor";
    private static final String SCOPE = "authorized.scope";
    private static final String ACTION = "authorized.action";

    private AuthorizedCall() {
    }

    public static void remember(Context ctx, String actor, CompanyScope scope, String action) {
        ctx.attribute(ACTOR, actor);
        ctx.attribute(SCOPE, scope);
        ctx.attribute(ACTION, action);
    }

    /** Who acts; null when no authentication let the call through. */
    static String actor(Context ctx) {
        return ctx.attribute(ACTOR);
    }

    static String action(Context ctx) {
        return ctx.attribute(ACTION);
    }

    /** The companies the call may act on; a call no authentication let through may act on none. */
    public static CompanyScope scope(Context ctx) {
        CompanyScope scope = ctx.attribute(SCOPE);
        if (scope == null) {
            throw ApiError.unauthorized("Sign in, or send 'Authorization: Bearer <token>'.");
        }
        return scope;
    }

    /** Who asks, for a use case that audits its changes. */
    public static CompanyAdministration.Requester requester(Context ctx) {
        return new CompanyAdministration.Requester(new Caller(ctx.ip()), actor(ctx), scope(ctx));
    }
}
