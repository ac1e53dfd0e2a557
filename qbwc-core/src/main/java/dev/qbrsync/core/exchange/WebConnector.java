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

    AuthenticateResult authenticate(Caller caller, String userName, char[] password);

    /** The next qbXML request, or {@code ""} when there is none or the ticket is refused (QBWC then calls getLastError). */
    String sendRequestXML(Caller caller, String ticket, String hcpResponse, String companyFileName, String qbxmlCountry,
                          int qbxmlMajorVersion, int qbxmlMinorVersion);

    /** {@link #sendRequestXML(Caller, String, String, String, String, int, int)} with its arguments named. */
    default String sendRequestXML(Caller caller, SendRequestXml request) {
        return sendRequestXML(caller, request.ticket(), request.hcpResponse(), request.companyFileName(),
                request.qbxmlCountry(), request.qbxmlMajorVersion(), request.qbxmlMinorVersion());
    }

    /** Percent done: 100 finished, 0–99 call sendRequestXML again, negative on error (then getLastError). */
    int receiveResponseXML(Caller caller, String ticket, String response, String hresult, String message);

    /** {@link #receiveResponseXML(Caller, String, String, String, String)} with its arguments named. */
    default int receiveResponseXML(Caller caller, ReceiveResponseXml received) {
        return receiveResponseXML(caller, received.ticket(), received.response(), received.hresult(),
                received.message());
    }

    /** {@code done} to give up, or a company file path to retry with. */
    String connectionError(Caller caller, String ticket, String hresult, String message);

    String getLastError(Caller caller, String ticket);

    /** A short status text shown in QBWC's status column. */
    String closeConnection(Caller caller, String ticket);

    /** Audits a request refused before it reached an operation: unreadable, too large, not XML, from a refused source. */
    void refuseRequest(Caller caller, String reason);
}
