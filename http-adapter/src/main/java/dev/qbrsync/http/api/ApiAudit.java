package dev.qbrsync.http.api;

import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Audits every API call that got past the token check (or a browser's session check) once it is answered, with how it
 * ended: answered, refused as invalid (4xx) or failed (5xx). Refusals of the token itself were audited when they
 * happened.
 */
public final class ApiAudit implements Handler {
    static final String ERROR = "qbr.error";

    private final ApiAccess apiAccess;

    public ApiAudit(ApiAccess apiAccess) {
        this.apiAccess = apiAccess;
    }

    /** Notes why the call was refused, for its audit entry. */
    public static void noteError(Context ctx, String message) {
        ctx.attribute(ERROR, message);
    }

    @Override
    public void handle(Context ctx) {
        String actor = AuthorizedCall.actor(ctx);
        if (actor == null) {
            return;
        }
        int status = ctx.statusCode();
        String error = ctx.attribute(ERROR);
        AuditOutcome outcome = status < 400 ? AuditOutcome.SUCCESS
                : status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
        apiAccess.recordOutcome(new Caller(ctx.ip()), actor, AuthorizedCall.action(ctx), outcome,
                status + (error == null ? "" : " " + error));
    }
}
