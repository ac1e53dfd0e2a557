package dev.qbrsync.core.company;

/** A caller asked for a company, or for something every company shares, outside what it may act on. */
public final class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
