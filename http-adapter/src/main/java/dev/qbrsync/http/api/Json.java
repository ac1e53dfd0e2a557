package dev.qbrsync.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

import java.io.IOException;

/** The JSON settings of the API: ISO dates, exact decimals, unknown fields refused. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    /** The request body as {@code type}; a body that is not JSON is a 415, malformed JSON a 400 naming the body. */
    static <T> T body(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            throw ApiError.unsupportedMediaType("Send the body as application/json, not "
                    + (contentType == null ? "without a Content-Type" : contentType) + ".");
        }
        try {
            return MAPPER.readValue(ctx.bodyAsBytes(), type);
        } catch (JsonProcessingException e) {
            throw ApiError.badInput("body", "is not valid JSON for this request: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badInput("body", "could not be read");
        }
    }

    /** A JSON tree already read as {@code type}; a mismatch is a 400 naming the body. */
    static <T> T convert(com.fasterxml.jackson.databind.JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw ApiError.badInput("body", "is not valid JSON for this request: " + e.getOriginalMessage());
        }
    }
}
