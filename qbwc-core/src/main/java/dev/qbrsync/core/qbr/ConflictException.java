package dev.qbrsync.core.qbr;

/** Input that would replace something that already exists (an API answers 409); {@link #field()} names it. */
public final class ConflictException extends InvalidInputException {

    public ConflictException(String field, String reason) {
        super(field, reason);
    }
}
