package dev.qbrsync.http;

import dev.qbrsync.codec.soap.SoapVersion;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.NotPermittedException;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.http.api.ApiAudit;
import dev.qbrsync.http.api.ApiError;
import dev.qbrsync.http.body.BodyTooLargeException;
import dev.qbrsync.http.soap.SoapEndpoint;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * What a failed call answers: a JSON error naming the field (400), refusals (403, 404), a too-large body as a SOAP
 * Fault (413), and anything unforeseen as a 500 without a stack trace, logged on the server.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final SoapEndpoint soap;

    ErrorResponses(SoapEndpoint soap) {
        this.soap = soap;
    }

    void addTo(JavalinConfig config) {
        config.routes.exception(ApiError.class, (error, ctx) ->
                respond(ctx, error.status(), error.field(), error.getMessage()));
        config.routes.exception(InvalidInputException.class, (error, ctx) ->
                respond(ctx, 400, error.field(), error.getMessage()));
        config.routes.exception(NotPermittedException.class, (error, ctx) ->
                respond(ctx, 403, null, error.getMessage()));
        config.routes.exception(UnknownCompanyException.class, (error, ctx) ->
                respond(ctx, 404, null, error.getMessage()));
        config.routes.exception(BodyTooLargeException.class, (error, ctx) ->
                soap.refuse(ctx, new Caller(ctx.ip()), 413, SoapVersion.SOAP_11, error.getMessage()));
        config.routes.exception(Exception.class, (error, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), error);
            respond(ctx, 500, null, "Internal error; it was logged on the server.");
        });
    }

    /** A JSON error: {"error": ..., "field": ...}, noted for the call's audit entry. */
    private static void respond(Context ctx, int status, String field, String message) {
        ApiAudit.noteError(ctx, message);
        ctx.status(status).json(field == null ? Map.of("error", message) : Map.of("error", message, "field", field));
    }
}
