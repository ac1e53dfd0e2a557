package dev.qbrsync.app.cli;

/** The command line was not right; the message says what to change. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
