package dev.qbrsync.core.exchange;

import java.util.Objects;

/**
 * What the Web Connector sends with connectionError: it could not reach QuickBooks, with the HRESULT and message it
 * got instead.
 */
public record ConnectionError(String ticket, String hresult, String message) {

    public ConnectionError {
        Objects.requireNonNull(ticket, "ticket");
        hresult = Objects.requireNonNullElse(hresult, "");
        message = Objects.requireNonNullElse(message, "");
    }

    /** The session {@code ticket} could not reach QuickBooks: the Web Connector's HRESULT and message. */
    public static ConnectionError of(String ticket, String hresult, String message) {
        return new ConnectionError(ticket, hresult, message);
    }
}
