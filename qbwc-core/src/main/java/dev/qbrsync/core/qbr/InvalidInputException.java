package dev.qbrsync.core.qbr;

/** Input a use case cannot accept; {@link #field()} names the offending field so an API can say which one. */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
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
