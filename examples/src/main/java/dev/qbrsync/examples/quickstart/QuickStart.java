package dev.qbrsync.examples.quickstart;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.exchange.*;
import dev.qbrsync.core.plan.SyncPolicy;
import java.time.*;

/** The core on in-memory ports and the real qbXML codec: one Web Connector session, then its metrics. */
public final class QuickStart {
    public static void main(String[] args) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
        var thisMonthOnly = WebConnectorSettings.DEFAULT.withSyncPolicy(SyncPolicy.DEFAULT.withWindowMonths(0));
        try (QbwcCore core = QbwcCore.builder().clock(clock).settings(thisMonthOnly).quickBooks(new QbxmlMessages())
                .build()) {
            String company = core.companyAdministration()
                    .add(Requester.commandLine(), "Acme", "qbwc", "correct horse".toCharArray()).id();
            Caller caller = new Caller("127.0.0.1");
            String ticket = core.webConnector().authenticate(caller, Authenticate.as("qbwc",
                    "correct horse".toCharArray())).ticket();
            core.webConnector().sendRequestXML(caller, SendRequestXml.forTicket(ticket).qbxml("US", 13, 0));
            core.webConnector().receiveResponseXML(caller, ReceiveResponseXml.answer(ticket, MARCH_PNL_AND_STAFF));
            core.webConnector().closeConnection(caller, ticket);
            core.overview().metrics(CompanyScope.every(), company, YearMonth.of(2026, 3), YearMonth.of(2026, 3))
                    .forEach(metric -> System.out.println(metric.key() + " = " + metric.value()));
        }
    }

    static final String MARCH_PNL_AND_STAFF = """
            <QBXML><QBXMLMsgsRs><GeneralSummaryReportQueryRs requestID="PNL:2026-03..2026-03" statusCode="0">
            <ReportRet><ColDesc colID="1"><ColType>Label</ColType></ColDesc><ColDesc colID="2">
            <ColTitle value="Mar 26"/><ColType>Amount</ColType></ColDesc><ReportData><TextRow value="Income"/>
            <DataRow><RowData rowType="account" value="Managed Services"/><ColData colID="2" value="9200.00"/></DataRow>
            <TotalRow><ColData colID="1" value="Net Income"/><ColData colID="2" value="9200.00"/></TotalRow>
            </ReportData></ReportRet></GeneralSummaryReportQueryRs>
            <EmployeeQueryRs requestID="EMPLOYEES" statusCode="0"><EmployeeRet><ListID>1</ListID><Name>Ada</Name>
            <IsActive>true</IsActive></EmployeeRet></EmployeeQueryRs></QBXMLMsgsRs></QBXML>""";
}
