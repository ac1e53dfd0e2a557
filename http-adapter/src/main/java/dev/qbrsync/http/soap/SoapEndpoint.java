package dev.qbrsync.http.soap;

import dev.qbrsync.codec.soap.MalformedSoapException;
import dev.qbrsync.codec.soap.SoapRequest;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.codec.soap.SoapResponseWriter;
import dev.qbrsync.codec.soap.SoapVersion;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.exchange.WebConnector;
import dev.qbrsync.core.session.Ticket;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.Locale;

/**
 * POST /api/qbwc: decode the SOAP request, call the Web Connector use case, encode the answer. Anything unreadable
 * gets a SOAP Fault and is audited as refused; each call is logged on one line with a masked ticket, never a password
 * or a full ticket.
 */
public final class SoapEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);

    private final SoapRequestReader reader = new SoapRequestReader();
    private final SoapResponseWriter writer = new SoapResponseWriter();
    private final QbwcDispatcher dispatcher;
    private final WebConnector webConnector;

    public SoapEndpoint(WebConnector webConnector) {
        this.webConnector = webConnector;
        this.dispatcher = new QbwcDispatcher(webConnector);
    }

    /** Answers one SOAP request read from {@code body}. */
    public void handle(Context ctx, InputStream body) {
        long started = System.nanoTime();
        Caller caller = new Caller(ctx.ip());
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("xml")) {
            refuse(ctx, caller, 415, SoapVersion.SOAP_11, "Content-Type " + contentType
                    + " is not XML; send the SOAP envelope as text/xml.");
            return;
        }
        SoapRequest request;
        try {
            request = reader.read(body);
        } catch (MalformedSoapException e) {
            refuse(ctx, caller, e.version() == SoapVersion.SOAP_11 ? 500 : 400, e.version(), e.getMessage());
            return;
        }
        String outcome = "ok";
        try {
            byte[] response = dispatcher.dispatch(caller, request.version(), request.call());
            ctx.status(200).contentType(request.version().contentType()).result(response);
        } catch (RuntimeException e) {
            outcome = "error: " + e.getClass().getSimpleName();
            LOG.error("SOAP {} failed", request.call().method(), e);
            respondFault(ctx, request.version(), 500, false, "QBR Sync could not process " + request.call().method()
                    + "; the error was logged on the server.");
        } finally {
            String ticket = request.call().ticket();
            LOG.info("qbwc {} ticket={} company={} from={} {}ms {}", request.call().method(),
                    ticket.isEmpty() ? "-" : new Ticket(ticket).masked(), caller.company().orElse("-"),
                    caller.sourceAddress(), (System.nanoTime() - started) / 1_000_000, outcome);
        }
    }

    /** Refuses a request before any operation ran: answered with a SOAP Fault, audited, logged. */
    public void refuse(Context ctx, Caller caller, int status, SoapVersion version, String reason) {
        respondFault(ctx, version, status, true, reason);
        webConnector.refuseRequest(caller, reason);
        LOG.warn("qbwc refused from={} {}: {}", caller.sourceAddress(), status, reason);
    }

    private void respondFault(Context ctx, SoapVersion version, int status, boolean senderFault, String message) {
        ctx.status(status).contentType(version.contentType()).result(writer.fault(version, senderFault, message));
    }
}
