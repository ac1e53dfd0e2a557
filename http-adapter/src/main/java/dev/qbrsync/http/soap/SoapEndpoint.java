package dev.qbrsync.http.soap;

import dev.qbrsync.codec.soap.MalformedSoapException;
import dev.qbrsync.codec.soap.SoapRequest;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.codec.soap.SoapResponseWriter;
import dev.qbrsync.codec.soap.SoapVersion;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.exchange.WebConnector;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.session.Ticket;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;

/**
 * POST /api/qbwc: decode the SOAP request, call the Web Connector use case, encode the answer. Anything unreadable
 * gets a SOAP Fault and is audited as refused. Each call is logged on one line with a masked ticket (never a password
 * or a full ticket) and how it went as the core audited it, and counted by method and outcome.
 */
public final class SoapEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);

    private final SoapRequestReader reader = new SoapRequestReader();
    private final SoapResponseWriter writer = new SoapResponseWriter();
    private final QbwcDispatcher dispatcher;
    private final WebConnector webConnector;
    private final SoapCallMonitor monitoring;

    public SoapEndpoint(WebConnector webConnector, SoapCallMonitor monitoring) {
        this.webConnector = webConnector;
        this.dispatcher = new QbwcDispatcher(webConnector);
        this.monitoring = monitoring;
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
        String outcome;
        try {
            byte[] response = dispatcher.dispatch(caller, request.version(), request.call());
            ctx.status(200).contentType(request.version().contentType()).result(response);
            outcome = caller.outcome().map(audited -> audited.name().toLowerCase(Locale.ROOT)).orElse("success");
        } catch (RuntimeException e) {
            outcome = "error";
            LOG.error("SOAP {} failed", request.call().method(), e);
            respondFault(ctx, request.version(), 500, false, "QBR Sync could not process " + request.call().method()
                    + "; the error was logged on the server.");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String ticket = request.call().ticket();
        LOG.info("qbwc {} ticket={} company={} from={} {}ms {}", request.call().method(),
                ticket.isEmpty() ? "-" : new Ticket(ticket).masked(), caller.company().map(CompanyId::value).orElse("-"),
                caller.sourceAddress(), took.toMillis(), outcome);
        monitoring.soapCallAnswered(request.call().method(), outcome, took);
    }

    /** Refuses a request before any operation ran: answered with a SOAP Fault, audited, logged, counted. */
    public void refuse(Context ctx, Caller caller, int status, SoapVersion version, String reason) {
        respondFault(ctx, version, status, true, reason);
        webConnector.refuseRequest(caller, reason);
        LOG.warn("qbwc refused from={} {}: {}", caller.sourceAddress(), status, reason);
        monitoring.soapRequestRefused();
    }

    private void respondFault(Context ctx, SoapVersion version, int status, boolean senderFault, String message) {
        ctx.status(status).contentType(version.contentType()).result(writer.fault(version, senderFault, message));
    }
}
