package dev.qbrsync.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own error responses, for requests it refuses before any route sees them (an ambiguous path 400, a URI too
 * long 414, headers too large 431, an unknown HTTP version 505): they carry the same security headers as every other
 * response, and a short JSON body with no stack trace or server detail.
 */
final class JettyErrors extends ErrorHandler {
    private final boolean tls;

    JettyErrors(boolean tls) {
        this.tls = tls;
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    /** Errors found while parsing a request, answered before it becomes one. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.lockedDown(tls).forEach(fields::put);
        fields.put("Cache-Control", "no-store");
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.lockedDown(tls).forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put("Cache-Control", "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(json(response.getStatus()).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String json(int status) {
        String reason = HttpStatus.getMessage(status);
        return "{\"error\":\"" + status + " " + (reason == null ? "" : reason.replace("\"", "")) + "\"}";
    }
}
