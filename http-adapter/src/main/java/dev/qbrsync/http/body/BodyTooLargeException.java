package dev.qbrsync.http.body;

/** A request body over the configured limit; answered with 413. */
public final class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
