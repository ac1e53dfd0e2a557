package dev.qbrsync.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.qbrsync.http.body.BodyTooLargeException;
import dev.qbrsync.http.body.LimitedBody;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads API request bodies: JSON only (else 415), never more than the body limit (else 413, whether or not the
 * request declared its length), malformed JSON a 400 naming the body.
 */
public final class JsonBodies {
    private final long maxBytes;

    public JsonBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw ApiError.unsupportedMediaType("Send the body as application/json, not "
                    + (contentType == null ? "without a Content-Type" : contentType) + ".");
        }
        try (InputStream body = LimitedBody.of(ctx, maxBytes)) {
            return Json.MAPPER.readValue(body, type);
        } catch (BodyTooLargeException e) {
            throw ApiError.tooLarge(e.getMessage());
        } catch (JsonProcessingException e) {
            throw ApiError.badInput("body", "is not valid JSON for this request: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badInput("body", "could not be read");
        }
    }
}
