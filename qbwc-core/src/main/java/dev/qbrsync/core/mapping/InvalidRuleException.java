package dev.qbrsync.core.mapping;

/** A mapping rule that cannot be accepted; {@link #field()} names the offending field for API error messages. */
public final class InvalidRuleException extends IllegalArgumentException {
    private final String field;

    public InvalidRuleException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
