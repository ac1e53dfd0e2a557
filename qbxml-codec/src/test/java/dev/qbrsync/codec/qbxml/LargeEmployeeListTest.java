package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.metrics.internal.Headcount;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A company file with 1,200 employees. EmployeeQueryRq takes no iterator in any qbXML version (Intuit's templates for
 * 2.0 to 14.0 and the 13.0 schema give it neither {@code iterator} nor {@code iteratorID}), and a MaxReturned without
 * one would cut the list short and the headcount with it: the employee job does not iterate; the list is asked for
 * whole, read whole, and counted right.
 */
class LargeEmployeeListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    private final QbxmlMessages messages = new QbxmlMessages();

    /** 1,000 active since mid-2024, 150 released on 20 December 2025, 50 hired on 1 February 2026. */
    private static String employeeList() {
        String employees = IntStream.range(0, 1_200).mapToObj(index -> {
            String dates = index < 1_000 ? "<IsActive>true</IsActive><HiredDate>2024-06-15</HiredDate>"
                    : index < 1_150 ? "<IsActive>false</IsActive><HiredDate>2024-01-01</HiredDate>"
                    + "<ReleasedDate>2025-12-20</ReleasedDate>"
                    : "<IsActive>true</IsActive><HiredDate>2026-02-01</HiredDate>";
            return "<EmployeeRet><ListID>" + (80_000_000 + index) + "-1</ListID><Name>Employee " + index + "</Name>"
                    + dates + "</EmployeeRet>";
        }).collect(Collectors.joining());
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><EmployeeQueryRs requestID=\"EMPLOYEES\" "
                + "statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\">" + employees
                + "</EmployeeQueryRs></QBXMLMsgsRs></QBXML>";
    }

    @Test
    void twelveHundredEmployeesAreReadWholeAndCountedRight() {
        QuickBooksResponse response = messages.read(new SyncTask.EmployeeList(), employeeList());

        assertThat(response).isInstanceOf(QuickBooksResponse.EmployeesReceived.class);
        EmployeeRoster roster = ((QuickBooksResponse.EmployeesReceived) response).roster();
        assertThat(roster.employees()).hasSize(1_200);
        assertThat(response.status().isWarning()).isFalse();
        Headcount headcount = new Headcount();
        assertThat(headcount.count(roster, YearMonth.of(2025, 12), TODAY)).isEqualTo(1_150);
        assertThat(headcount.count(roster, YearMonth.of(2026, 1), TODAY)).isEqualTo(1_000);
        assertThat(headcount.count(roster, YearMonth.of(2026, 2), TODAY)).isEqualTo(1_050);
    }

    @Test
    void theEmployeeJobAsksForTwelveHundredEmployeesWithoutAnIteratorAndStoresTheHeadcountFromOneAnswer() {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (InMemoryCore core = new InMemoryCore(clock, WebConnectorSettings.DEFAULT.withSyncPolicy(
                SyncPolicy.DEFAULT.withWindowMonths(2)), messages)) {
            List<YearMonth> window = List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
            core.ledger.markMonthsSynced(InMemoryCore.COMPANY, window, clock.instant());
            Caller caller = new Caller("127.0.0.1");
            String ticket = core.webConnector.authenticate(caller, Authenticate.as(InMemoryCore.USER,
                    InMemoryCore.PASSWORD.toCharArray())).ticket();

            String request = core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket)
                    .companyFile("C:\\Books\\Acme.qbw").qbxml("US", 13, 0));
            int progress = core.webConnector.receiveResponseXML(caller, ReceiveResponseXml.answer(ticket,
                    employeeList()));

            assertThat(request).contains("<EmployeeQueryRq requestID=\"EMPLOYEES\">")
                    .doesNotContain("iterator").doesNotContain("MaxReturned");
            assertThat(progress).as("one round trip, the whole list in one answer").isEqualTo(100);
            assertThat(core.overview.metrics(CompanyScope.every(), InMemoryCore.COMPANY, window.get(0),
                    window.get(2)))
                    .filteredOn(metric -> metric.key() == MetricKey.EMPLOYEES)
                    .extracting(StoredMetric::month, metric -> metric.value().intValueExact())
                    .containsExactly(tuple(window.get(0), 1_150), tuple(window.get(1), 1_000),
                            tuple(window.get(2), 1_050));
            assertThat(core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items())
                    .extracting(HistorySummary::type, HistorySummary::outcome)
                    .containsExactly(tuple(SyncType.EMPLOYEES, SyncOutcome.SUCCESS));
        }
    }

    /** The iterator the employee job does not use is one QuickBooks would reject: the codec refuses it too. */
    @Test
    void anEmployeeQueryWithAnIteratorIsRefusedBeforeItIsSent() {
        QbxmlTarget qbxml13 = new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.US);

        assertThat(messages.refusal(new JobRequest("EmployeeQueryRq", "<MaxReturned>500</MaxReturned>", true),
                qbxml13)).hasValueSatisfying(why -> assertThat(why).contains("takes no iterator in any qbXML version"));
    }
}
