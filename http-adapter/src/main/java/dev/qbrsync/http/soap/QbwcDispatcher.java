package dev.qbrsync.http.soap;

import dev.qbrsync.codec.soap.QbwcCall;
import dev.qbrsync.codec.soap.SoapResponseWriter;
import dev.qbrsync.codec.soap.SoapVersion;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.exchange.ConnectionError;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnector;

import java.util.ArrayList;
import java.util.List;

/** Hands each decoded call to the Web Connector use case and encodes its answer in the shape QBWC expects. */
final class QbwcDispatcher {
    static final String INTERACTIVE_NOT_SUPPORTED = "QBR Sync does not use interactive mode.";

    private final WebConnector webConnector;
    private final SoapResponseWriter writer = new SoapResponseWriter();

    QbwcDispatcher(WebConnector webConnector) {
        this.webConnector = webConnector;
    }

    byte[] dispatch(Caller caller, SoapVersion version, QbwcCall call) {
        String method = call.method();
        if (call instanceof QbwcCall.ServerVersion) {
            return writer.text(version, method, webConnector.serverVersion(caller));
        } else if (call instanceof QbwcCall.ClientVersion c) {
            return writer.text(version, method, webConnector.clientVersion(caller, c.version()));
        } else if (call instanceof QbwcCall.Authenticate c) {
            return writer.strings(version, method, authenticateResult(
                    webConnector.authenticate(caller, new Authenticate(c.userName(), c.password()))));
        } else if (call instanceof QbwcCall.SendRequestXml c) {
            return writer.text(version, method, webConnector.sendRequestXML(caller,
                    new SendRequestXml(c.ticket(), c.hcpResponse(), c.companyFileName(), c.qbxmlCountry(),
                            c.qbxmlMajorVersion(), c.qbxmlMinorVersion())));
        } else if (call instanceof QbwcCall.ReceiveResponseXml c) {
            return writer.number(version, method, webConnector.receiveResponseXML(caller,
                    new ReceiveResponseXml(c.ticket(), c.response(), c.hresult(), c.message())));
        } else if (call instanceof QbwcCall.ConnectionError c) {
            return writer.text(version, method, webConnector.connectionError(caller,
                    new ConnectionError(c.ticket(), c.hresult(), c.message())));
        } else if (call instanceof QbwcCall.GetLastError c) {
            return writer.text(version, method, webConnector.getLastError(caller, c.ticket()));
        } else if (call instanceof QbwcCall.CloseConnection c) {
            return writer.text(version, method, webConnector.closeConnection(caller, c.ticket()));
        } else if (call instanceof QbwcCall.GetInteractiveUrl) {
            return writer.text(version, method, "");
        } else if (call instanceof QbwcCall.InteractiveDone) {
            return writer.text(version, method, "Done");
        }
        return writer.text(version, method, INTERACTIVE_NOT_SUPPORTED);
    }

    /** [ticket, status] plus the optional postpone and minimum-run-every seconds, empty strings kept in place. */
    private static List<String> authenticateResult(AuthenticateResult result) {
        List<String> strings = new ArrayList<>(List.of(result.ticket(), result.status()));
        if (result.postpone().isPresent() || result.minimumRunEvery().isPresent()) {
            strings.add(result.postpone().map(String::valueOf).orElse(""));
            strings.add(result.minimumRunEvery().map(String::valueOf).orElse(""));
        }
        return strings;
    }
}
