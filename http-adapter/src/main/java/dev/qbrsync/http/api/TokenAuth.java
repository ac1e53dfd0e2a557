package dev.qbrsync.http.api;

import dev.qbrsync.core.auth.Caller;
import dev.qbrsync.core.usecase.ApiAccess;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Lets a REST call through only with a valid bearer token; the check and its outcome are audited by the use case. */
public final class TokenAuth implements Handler {
    public static final String ACTOR = "qbr.actor";
    private static final String BEARER = "Bearer ";

    private final ApiAccess apiAccess;

    public TokenAuth(ApiAccess apiAccess) {
        this.apiAccess = apiAccess;
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        String secret = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : null;
        String actor = apiAccess.authorize(new Caller(ctx.ip()), secret, action(ctx))
                .orElseThrow(() -> ApiError.unauthorized(secret == null
                        ? "An API token is required: send 'Authorization: Bearer <token>'."
                        : "The API token is invalid or revoked."));
        ctx.attribute(ACTOR, actor);
    }

    public static String action(Context ctx) {
        return "api " + ctx.method() + " " + ctx.path();
    }
}
