package dev.qbrsync.core.exchange;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;

import java.util.function.Supplier;

/**
 * Keeps the Web Connector conversation well-formed when something underneath fails (the database is down, say):
 * every operation still answers in QBWC's vocabulary, so QBWC calls getLastError and shows the reason instead of a
 * raw SOAP fault. Whatever failed was inside a transaction, so nothing half-written remains.
 */
public final class FailSafeWebConnector implements WebConnector {
    static final String STORAGE_UNAVAILABLE = "QBR Sync cannot reach its database right now; nothing from this "
            + "session was stored. The next scheduled run will try again.";
    private static final System.Logger LOG = System.getLogger(FailSafeWebConnector.class.getName());

    private final WebConnector delegate;

    public FailSafeWebConnector(WebConnector delegate) {
        this.delegate = delegate;
    }

    @Override
    public String serverVersion(Caller caller) {
        return guarded(caller, "serverVersion", () -> delegate.serverVersion(caller), "QBR Sync");
    }

    @Override
    public String clientVersion(Caller caller, String clientVersion) {
        return guarded(caller, "clientVersion", () -> delegate.clientVersion(caller, clientVersion), "");
    }

    @Override
    public AuthenticateResult authenticate(Caller caller, Authenticate login) {
        return guarded(caller, "authenticate", () -> delegate.authenticate(caller, login),
                new AuthenticateResult("", AuthenticateResult.BUSY, null, null));
    }

    @Override
    public String sendRequestXML(Caller caller, SendRequestXml request) {
        return guarded(caller, "sendRequestXML", () -> delegate.sendRequestXML(caller, request), "");
    }

    @Override
    public int receiveResponseXML(Caller caller, ReceiveResponseXml received) {
        return guarded(caller, "receiveResponseXML", () -> delegate.receiveResponseXML(caller, received), -1);
    }

    @Override
    public String connectionError(Caller caller, ConnectionError error) {
        return guarded(caller, "connectionError", () -> delegate.connectionError(caller, error),
                WebConnectorService.DONE);
    }

    @Override
    public String getLastError(Caller caller, String ticket) {
        return guarded(caller, "getLastError", () -> delegate.getLastError(caller, ticket), STORAGE_UNAVAILABLE);
    }

    @Override
    public String closeConnection(Caller caller, String ticket) {
        return guarded(caller, "closeConnection", () -> delegate.closeConnection(caller, ticket), STORAGE_UNAVAILABLE);
    }

    @Override
    public void refuseRequest(Caller caller, String reason) {
        guarded(caller, "refuseRequest", () -> {
            delegate.refuseRequest(caller, reason);
            return null;
        }, null);
    }

    private static <T> T guarded(Caller caller, String operation, Supplier<T> call, T answerOnFailure) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Web Connector " + operation + " failed; answering as QBWC expects", e);
            caller.noteOutcome(AuditOutcome.FAILURE);
            return answerOnFailure;
        }
    }
}
