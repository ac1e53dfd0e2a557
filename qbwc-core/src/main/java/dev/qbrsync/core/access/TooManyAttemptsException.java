package dev.qbrsync.core.access;

import java.time.Duration;

/** Refused unchecked: this address guessed wrong too often and must wait before it may try again. */
public final class TooManyAttemptsException extends RuntimeException {
    private final Duration wait;

    public TooManyAttemptsException(Duration wait) {
        super("Too many wrong attempts from this address: try again in " + Math.max(1, wait.toSeconds())
                + " seconds.");
        this.wait = wait;
    }

    public Duration retryAfter() {
        return wait;
    }
}
