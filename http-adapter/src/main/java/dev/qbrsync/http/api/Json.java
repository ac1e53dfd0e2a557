package dev.qbrsync.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON settings of the API: ISO dates, exact decimals, unknown fields refused. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Types as sent, never coerced: 1.5 is not a priority of 1, "1" not a number, 1 not a text.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .registerModule(new SimpleModule("strict strings").addDeserializer(String.class, new StrictStrings()));

    private Json() {
    }

    /** A body Jackson would not read: a 400 naming the field at fault when there is one, else the body. */
    static ApiError refusal(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body") : "body";
        return ApiError.badInput(field, "is not valid for this request: " + e.getOriginalMessage());
    }

    /** A JSON tree already read as {@code type}; a mismatch is a 400 naming the body. */
    static <T> T convert(com.fasterxml.jackson.databind.JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw refusal(e);
        }
    }
}
