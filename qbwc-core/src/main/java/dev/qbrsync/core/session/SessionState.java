package dev.qbrsync.core.session;

/** Where a Web Connector session stands between authenticate and closeConnection. */
public enum SessionState {
    /** Ticket issued; the next call must be sendRequestXML. */
    AUTHENTICATED,
    /** A request was handed to QBWC; the next call must be receiveResponseXML. */
    AWAITING_RESPONSE,
    /** Every task of the plan is stored; the next call should be closeConnection. */
    COMPLETED,
    /** Something failed; getLastError explains, then closeConnection. */
    FAILED,
    /** closeConnection was called; the ticket is dead. */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
