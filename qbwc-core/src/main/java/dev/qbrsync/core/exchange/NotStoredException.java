package dev.qbrsync.core.exchange;

/**
 * A reply that must not be stored because its figures cannot be trusted (its accounts do not add up to its own Net
 * Income); the message says why, for the history and getLastError.
 */
final class NotStoredException extends RuntimeException {

    NotStoredException(String message) {
        super(message, null, false, false);
    }
}
