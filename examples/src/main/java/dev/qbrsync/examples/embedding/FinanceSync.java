package dev.qbrsync.examples.embedding;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnector;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Clock;

/**
 * A finance team's service embedding the core: its own metrics store and monitoring, the real qbXML codec, and every
 * other port in memory. Five objects of its own make the whole core: the clock, the codec, the settings and the two
 * adapters.
 */
public final class FinanceSync implements AutoCloseable {
    /** The current month and the one before it. */
    private static final WebConnectorSettings TWO_MONTHS = WebConnectorSettings.DEFAULT.withWindowMonths(1);
    private final QbwcCore core;

    public FinanceSync(Clock clock, WarehouseMetrics metrics, SessionCounter monitoring) {
        this.core = QbwcCore.builder()
                .clock(clock)
                .quickBooks(new QbxmlMessages())
                .settings(TWO_MONTHS)
                .metrics(metrics)
                .events(monitoring)
                .build();
    }

    /** Adds a company whose Web Connector logs in as {@code user}; returns its id. */
    public CompanyId addCompany(String name, String user, char[] password) {
        return core.companyAdministration().add(Requester.commandLine(), name, user, password).id();
    }

    /**
     * What the Web Connector does on its schedule, played in process: log in, then ask for a request and hand back
     * QuickBooks' answer until the core says 100 percent (or fails), then close. Returns closeConnection's text.
     */
    public String playWebConnector(String user, char[] password, QuickBooksDesktop quickBooks) {
        WebConnector webConnector = core.webConnector();
        Caller caller = new Caller("192.0.2.10");
        String ticket = webConnector.authenticate(caller, Authenticate.as(user, password)).ticket();
        int percentDone = 0;
        while (percentDone >= 0 && percentDone < 100) {
            String request = webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket)
                    .companyFile("C:\\Books\\Company.qbw").qbxml("US", 13, 0));
            if (request.isEmpty()) {
                break;
            }
            percentDone = webConnector.receiveResponseXML(caller,
                    ReceiveResponseXml.answer(ticket, quickBooks.answer(request)));
        }
        return webConnector.closeConnection(caller, ticket);
    }

    public QbwcCore core() {
        return core;
    }

    @Override
    public void close() {
        core.close();
    }
}
