package dev.qbrsync.examples.quickstart;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.exchange.*;
import java.time.*;

public final class QuickStart {
    public static void main(String[] args) {
        try (var core = QbwcCore.builder().clock(Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC))
                .settings(WebConnectorSettings.DEFAULT.withWindowMonths(0)).quickBooks(new QbxmlMessages()).build()) {
            char[] password = "correct horse".toCharArray();
            var acme = core.companyAdministration().add(Requester.commandLine(), "Acme", "qbwc", password);
            var ticket = core.webConnector().authenticate(Caller.unknown(), Authenticate.as("qbwc", password)).ticket();
            core.webConnector().sendRequestXML(Caller.unknown(), SendRequestXml.forTicket(ticket).qbxml("US", 13, 0));
            core.webConnector().receiveResponseXML(Caller.unknown(), ReceiveResponseXml.answer(ticket, """
        <QBXML><QBXMLMsgsRs><GeneralSummaryReportQueryRs requestID="PNL:2026-03..2026-03" statusCode="0"><ReportRet>
        <ColDesc colID="2"><ColTitle value="Mar 26"/><ColType>Amount</ColType></ColDesc><ReportData><TextRow
        value="Income"/><DataRow><RowData value="Managed Services"/><ColData colID="2" value="9200.00"/></DataRow>
        <TotalRow><ColData colID="1" value="Net Income"/><ColData colID="2" value="9200.00"/></TotalRow></ReportData>
        </ReportRet></GeneralSummaryReportQueryRs><EmployeeQueryRs requestID="EMPLOYEES" statusCode="0"><EmployeeRet>
        <ListID>1</ListID><Name>Ada</Name></EmployeeRet></EmployeeQueryRs></QBXMLMsgsRs></QBXML>"""));
            core.webConnector().closeConnection(Caller.unknown(), ticket);
            core.overview().metrics(Requester.commandLine().scope(), acme.id(), YearMonth.of(2026, 3),
                    YearMonth.of(2026, 3)).forEach(m -> System.out.println(m.key() + " = " + m.value()));
        }
    }
}
