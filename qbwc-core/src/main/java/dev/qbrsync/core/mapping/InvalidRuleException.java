package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.InvalidInputException;

/** A mapping rule that cannot be accepted; {@link #field()} names the offending field. */
public final class InvalidRuleException extends InvalidInputException {

    public InvalidRuleException(String field, String reason) {
        super(field, reason);
    }
}
