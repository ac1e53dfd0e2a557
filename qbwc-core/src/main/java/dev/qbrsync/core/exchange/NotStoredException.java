package dev.qbrsync.core.exchange;

/**
 * An answer of which nothing may be stored: it cannot be trusted (its accounts do not add up to its own Net Income),
 * QuickBooks refused the request, or storing it failed. The message says why, for the history and getLastError.
 */
final class NotStoredException extends RuntimeException {
    private final boolean saysWhatStaysDue;

    NotStoredException(String message) {
        this(message, false);
    }

    /** @param saysWhatStaysDue whether the message already tells what stays due for the next run */
    NotStoredException(String message, boolean saysWhatStaysDue) {
        super(message, null, false, false);
        this.saysWhatStaysDue = saysWhatStaysDue;
    }

    boolean saysWhatStaysDue() {
        return saysWhatStaysDue;
    }
}
