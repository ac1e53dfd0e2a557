package dev.qbrsync.core.port;

/** Another call changed the record first; the caller's view is stale and its change was not stored. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
