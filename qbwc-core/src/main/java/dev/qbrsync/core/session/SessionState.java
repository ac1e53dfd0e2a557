package dev.qbrsync.core.session;

/**
 * Where a Web Connector session stands between authenticate and closeConnection. The transitions between them are the
 * methods of {@link WebConnectorSession}; any other move is an {@link IllegalTransitionException}.
 */
public enum SessionState {
    /** Ticket issued with work planned; the next call must be sendRequestXML. */
    AUTHENTICATED,
    /** A request was handed to QBWC; the next call must be receiveResponseXML. */
    AWAITING_RESPONSE,
    /** Every request of the plan is stored; the next call should be closeConnection. */
    COMPLETED,
    /** Something failed; getLastError explains, then closeConnection. */
    FAILED,
    /** Authenticated with nothing due: QBWC was told {@code none} and asks for nothing. */
    NOTHING_TO_DO,
    /** closeConnection was called; the ticket is dead. */
    CLOSED;

    /** True while the session keeps a second Web Connector for its company out (it answers {@code busy}). */
    public boolean holdsCompany() {
        return this != NOTHING_TO_DO && this != CLOSED;
    }
}
