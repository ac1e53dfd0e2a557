package dev.qbrsync.http.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Reads a JSON string as a string and nothing else: no number, boolean or object turned into text, and no NUL
 * character, which PostgreSQL cannot store in text and no name, pattern or note needs.
 */
final class StrictStrings extends StdScalarDeserializer<String> {

    StrictStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        if (text.indexOf('\u0000') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, text, "contains a NUL character");
        }
        return text;
    }
}
