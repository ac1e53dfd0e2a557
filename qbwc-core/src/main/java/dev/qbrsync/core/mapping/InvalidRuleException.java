package dev.qbrsync.core.mapping;

/** A mapping rule that cannot be accepted; {@link #field()} names the offending field for API error messages. */
public final class InvalidRuleException extends IllegalArgumentException {
    private final String field;
    private final String reason;

    public InvalidRuleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** What is wrong with the field, without its name. */
    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
