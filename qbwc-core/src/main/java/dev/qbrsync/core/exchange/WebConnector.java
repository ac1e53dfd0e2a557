package dev.qbrsync.core.exchange;

import dev.qbrsync.core.audit.Caller;

/**
 * The eight QuickBooks Web Connector operations as plain Java: what the SOAP endpoint calls. Results are the values
 * QBWC expects, already in its vocabulary ({@code none}, {@code nvu}, {@code busy}, {@code done}, percentages).
 */
public interface WebConnector {

    String serverVersion(Caller caller);

    /** {@code ""} to go on, {@code W:…} to warn, {@code E:…} to refuse, {@code O:…} to require a version. */
    String clientVersion(Caller caller, String clientVersion);

    AuthenticateResult authenticate(Caller caller, Authenticate login);

    /** The next qbXML request,
            or {@code ""} when there is none or the ticket is refused (QBWC then calls getLastError). */
    String sendRequestXML(Caller caller, SendRequestXml request);

    /** Percent done: 100 finished, 0–99 call sendRequestXML again, negative on error (then getLastError). */
    int receiveResponseXML(Caller caller, ReceiveResponseXml received);

    /** {@code done} to give up, or a company file path to retry with. */
    String connectionError(Caller caller, ConnectionError error);

    String getLastError(Caller caller, String ticket);

    /** A short status text shown in QBWC's status column. */
    String closeConnection(Caller caller, String ticket);

    /** Audits a request refused before it reached an operation: unreadable, too large, not XML,
            from a refused source. */
    void refuseRequest(Caller caller, String reason);
}
