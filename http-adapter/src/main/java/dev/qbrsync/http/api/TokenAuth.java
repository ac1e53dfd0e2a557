package dev.qbrsync.http.api;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.access.TooManyAttemptsException;
import dev.qbrsync.core.audit.Caller;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.time.Duration;

/**
 * Lets a REST call through only with a valid bearer token; a refusal is audited by the use case. An address that had
 * too many calls refused for their token this minute is answered 429 without its token being looked at. Preflights
 * pass.
 */
public final class TokenAuth implements Handler {
    private static final String BEARER = "Bearer ";
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

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
        Caller caller = new Caller(ctx.ip());
        if (apiAccess.apiCallsRefusedTooOften(caller)) {
            throw new TooManyAttemptsException(ONE_MINUTE);
        }
        ApiAccess.Authorized authorized = apiAccess.authorize(caller, secret, action(ctx))
                .orElseThrow(() -> ApiError.unauthorized(secret == null
                        ? "An API token is required: send 'Authorization: Bearer <token>'."
                        : "The API token is invalid or revoked."));
        AuthorizedCall.remember(ctx, authorized.actor(), authorized.scope(), authorized.role(), action(ctx));
    }

    private static String action(Context ctx) {
        return "api " + ctx.method() + " " + ctx.path();
    }
}
