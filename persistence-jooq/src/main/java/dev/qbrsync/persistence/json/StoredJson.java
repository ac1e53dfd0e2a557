package dev.qbrsync.persistence.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.math.BigDecimal;

/**
 * How QBR Sync's jsonb is written: the core's records where the stored names are theirs, small records beside the
 * converters where they differ. Amounts are JSON strings so no digit is ever lost to a floating-point number; months
 * are {@code YYYY-MM}; dates {@code YYYY-MM-DD}.
 */
final class StoredJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .withConfigOverride(BigDecimal.class, amount -> amount.setFormat(JsonFormat.Value.forShape(
                    JsonFormat.Shape.STRING)))
            // The records' components only: no derived values such as Reconciliation.isBalanced().
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            // Rows written by another program may carry more.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A value cannot be written as JSON", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not valid JSON of its kind", e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not valid JSON of its kind", e);
        }
    }

    /** The member {@code name} of a JSON object when it is an object with {@code required}, as ours are; else null. */
    static <T> T member(JsonNode object, String name, String required, Class<T> type) {
        JsonNode member = object.get(name);
        try {
            return member == null || !member.has(required) ? null : MAPPER.treeToValue(member, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not valid JSON of its kind", e);
        }
    }
}
