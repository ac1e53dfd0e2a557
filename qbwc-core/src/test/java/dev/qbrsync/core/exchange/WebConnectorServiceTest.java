package dev.qbrsync.core.exchange;

import dev.qbrsync.core.exchange.internal.Login;
import dev.qbrsync.core.exchange.internal.Utf8;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.report.ReportTotal;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static dev.qbrsync.core.testing.InMemoryCore.PASSWORD;
import static dev.qbrsync.core.testing.InMemoryCore.USER;
import static org.assertj.core.api.Assertions.assertThat;

class WebConnectorServiceTest {
    private static final Caller CALLER = new Caller("192.0.2.10");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final String HCP = "<QBXML>host</QBXML>";

    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private InMemoryCore core;

    @BeforeEach
    void twoMonthWindow() {
        WebConnectorSettings settings = new WebConnectorSettings("QBR Sync test", "2.1.0.30", Duration.ofMinutes(30),
                new SyncPolicy(1, 45, Duration.ofHours(24), Duration.ofHours(24)), ReportBasis.ACCRUAL);
        core = new InMemoryCore(clock, settings);
        core.quickBooks.host(new HostInfo("QuickBooks Pro 2014", "Acme MSP", "US",
                List.of(new QbxmlVersion(12, 0), new QbxmlVersion(13, 0))));
        core.quickBooks.respond("pnl", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(), report()));
        core.quickBooks.respond("employees", new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(), roster()));
    }

    private static ProfitAndLossReport report() {
        return ReportBuilder.forMonths(JAN, FEB)
                .account(ReportSection.INCOME, "Managed Services", "9000.00", "3000.00")
                .account(ReportSection.EXPENSE, "Payroll Expenses:Wages", "4000.00", "1000.00")
                .account(ReportSection.EXPENSE, "Rent", "1000.00", null)
                .build();
    }

    private static EmployeeRoster roster() {
        return new EmployeeRoster(List.of(
                new Employee("1", "Ada", true, LocalDate.of(2025, 6, 1), null),
                new Employee("2", "Bob", false, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 15)),
                new Employee("3", "Cy", true, LocalDate.of(2026, 2, 1), null)));
    }

    private String authenticate() {
        AuthenticateResult result = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));
        assertThat(result.status()).isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
        return result.ticket();
    }

    private String send(String ticket) {
        return core.webConnector.sendRequestXML(CALLER, SendRequestXml.forTicket(ticket).hostResponse(HCP)
                .companyFile("C:\\Acme.QBW").qbxml("US", 13, 0));
    }

    private BigDecimalAssertions metric(YearMonth month, MetricKey key) {
        return new BigDecimalAssertions(core.metrics.find(InMemoryCore.COMPANY, month, month).stream()
                .filter(metric -> metric.key() == key && metric.isFromSync())
                .map(StoredMetric::value)
                .findFirst()
                .orElse(null));
    }

    private record BigDecimalAssertions(java.math.BigDecimal value) {
        void is(String expected) {
            assertThat(value).isEqualTo(Money.of(expected));
        }
    }

    @Test
    void aCompleteConversationStoresMetricsHistoryAndProgress() {
        assertThat(core.webConnector.serverVersion(CALLER)).isEqualTo("QBR Sync test");
        assertThat(core.webConnector.clientVersion(CALLER, "2.3.0.36")).isEmpty();
        String ticket = authenticate();

        assertThat(send(ticket)).isEqualTo("request PNL:2026-01..2026-02+EMPLOYEES qbXML 13.0 Accrual");
        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+employees")))
                .isEqualTo(100);
        assertThat(core.webConnector.closeConnection(CALLER, ticket)).contains("complete").contains("2 of 2")
                .contains("one round trip");
        assertThat(core.quickBooks.requests()).hasSize(1);

        metric(JAN, MetricKey.MRR).is("9000.00");
        metric(JAN, MetricKey.EMPLOYEE_EXPENSE).is("4000.00");
        metric(JAN, MetricKey.OTHER_EXPENSES).is("1000.00");
        metric(JAN, MetricKey.NET_PROFIT).is("4000.00");
        metric(FEB, MetricKey.NET_PROFIT).is("2000.00");
        metric(JAN, MetricKey.EMPLOYEES).is("2.00");
        metric(FEB, MetricKey.EMPLOYEES).is("2.00");
        List<HistorySummary> history = core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items();
        assertThat(history).extracting(HistorySummary::outcome).containsOnly(SyncOutcome.SUCCESS);
        assertThat(history).hasSize(2);
        assertThat(core.sessions.latestForCompany(InMemoryCore.COMPANY).orElseThrow().state())
                .isEqualTo(SessionState.CLOSED);
    }

    @Test
    void aSecondRunTheSameDayHasNothingToDo() {
        String ticket = authenticate();
        send(ticket);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+employees"));
        core.webConnector.closeConnection(CALLER, ticket);
        clock.advance(Duration.ofHours(2));

        AuthenticateResult again = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));

        assertThat(again.status()).isEqualTo(AuthenticateResult.NOTHING_TO_DO);
        assertThat(core.webConnector.closeConnection(CALLER, again.ticket())).contains("Nothing to sync");
    }

    @Test
    void aWrongPasswordIsNotAValidUserAndIsAudited() {
        AuthenticateResult result = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                "hunter2-guess".toCharArray()));

        assertThat(result.status()).isEqualTo(AuthenticateResult.NOT_VALID_USER);
        AuditEvent audited = core.audit.recent(1).get(0);
        assertThat(audited.action()).isEqualTo("qbwc.authenticate");
        assertThat(audited.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(audited.sourceAddress()).isEqualTo("192.0.2.10");
        assertThat(audited.detail()).doesNotContain("hunter2-guess");
    }

    @Test
    void aSecondWebConnectorForTheSameCompanyIsBusyUntilTheFirstExpires() {
        authenticate();

        assertThat(core.webConnector.authenticate(CALLER, Authenticate.as(USER, PASSWORD.toCharArray())).status())
                .isEqualTo(AuthenticateResult.BUSY);
        clock.advance(Duration.ofMinutes(31));
        assertThat(core.webConnector.authenticate(CALLER, Authenticate.as(USER, PASSWORD.toCharArray())).status())
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }

    @Test
    void anExpiredTicketIsRefusedAndExplained() {
        String ticket = authenticate();
        clock.advance(Duration.ofMinutes(31));

        assertThat(send(ticket)).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("expired");
    }

    @Test
    void unknownAndClosedTicketsAreRefused() {
        assertThat(send("forged-ticket")).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, "forged-ticket")).contains("Unknown ticket");

        String ticket = authenticate();
        core.webConnector.closeConnection(CALLER, ticket);
        assertThat(send(ticket)).isEmpty();
        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl"))).isNegative();
        assertThat(core.audit.recent(1).get(0).outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void aResponseBeforeAnyRequestIsOutOfOrder() {
        String ticket = authenticate();

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl")))
                .isEqualTo(-1);
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("out of order");
        assertThat(core.metrics.find(InMemoryCore.COMPANY, JAN, FEB)).isEmpty();
    }

    @Test
    void askingTwiceWithoutAnsweringIsOutOfOrder() {
        String ticket = authenticate();
        send(ticket);

        assertThat(send(ticket)).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("sendRequestXML was called out of order");
    }

    /** A session whose first answer was QuickBooks' error 0x80040400; returns its ticket. */
    private String sessionFailedByQuickBooksError() {
        String ticket = authenticate();
        send(ticket);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.failure(ticket, "0x80040400",
                "QuickBooks found an error"));
        return ticket;
    }

    @Test
    void aCallAfterTheSessionFailedKeepsTheReasonItFailedFor() {
        String ticket = sessionFailedByQuickBooksError();

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl")))
                .isEqualTo(-1);
        assertThat(send(ticket)).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("0x80040400")
                .doesNotContain("out of order");
        assertThat(core.audit.recent(3)).extracting(AuditEvent::outcome).contains(AuditOutcome.DENIED);
    }

    @Test
    void getLastErrorOnATicketTheWebConnectorClosedNoLongerGivesOutThatSessionsError() {
        String ticket = sessionFailedByQuickBooksError();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("0x80040400");

        assertThat(core.webConnector.closeConnection(CALLER, ticket)).contains("0x80040400");

        assertThat(core.webConnector.getLastError(CALLER, ticket)).isEqualTo(
                "This session was closed; run the Web Connector again.");
        assertThat(core.audit.recent(1).get(0).outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(core.audit.recent(1).get(0).detail()).doesNotContain("0x80040400");
    }

    @Test
    void aQuickBooksErrorStoresNothingButAFailedHistoryEntry() {
        core.quickBooks.respond("refused", new QuickBooksResponse.Refused(
                new QbxmlStatus(3120, "Error", "Object not found")));
        String ticket = authenticate();
        send(ticket);

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "refused")))
                .isEqualTo(-1);

        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("3120").contains("Object not found");
        assertThat(core.metrics.find(InMemoryCore.COMPANY, JAN, FEB)).isEmpty();
        assertThat(core.ledger.load(InMemoryCore.COMPANY).monthLastSynced()).isEmpty();
        assertThat(core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items()).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(SyncOutcome.FAILED));
    }

    @Test
    void aFailedAnswerInARoundTripKeepsTheOtherAnswersStoredAndSaysSo() {
        core.quickBooks.respond("refused", new QuickBooksResponse.Refused(
                new QbxmlStatus(3120, "Error", "Object not found")));
        String ticket = authenticate();
        send(ticket);

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket,
                "refused+employees"))).isEqualTo(-1);

        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("3120")
                .contains("The other 1 of the 2 answers were stored");
        assertThat(core.metrics.find(InMemoryCore.COMPANY, JAN, FEB)).extracting(StoredMetric::key)
                .containsOnly(MetricKey.EMPLOYEES);
        assertThat(core.ledger.load(InMemoryCore.COMPANY).monthLastSynced()).isEmpty();
        assertThat(core.ledger.load(InMemoryCore.COMPANY).employeesSyncedAt()).isPresent();
        assertThat(core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items())
                .extracting(HistorySummary::type, HistorySummary::outcome)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SyncType.PROFIT_AND_LOSS,
                        SyncOutcome.FAILED), org.assertj.core.groups.Tuple.tuple(SyncType.EMPLOYEES,
                        SyncOutcome.SUCCESS));
        assertThat(core.webConnector.closeConnection(CALLER, ticket)).startsWith("Sync failed");
        clock.advance(Duration.ofMinutes(5));
        assertThat(core.webConnector.authenticate(CALLER, Authenticate.as(USER, PASSWORD.toCharArray())).status())
                .as("the months that failed are due again").isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }

    @Test
    void aReportWhoseAccountsDoNotAddUpToItsNetIncomeStoresNothingAndKeepsTheMonthsDue() {
        core.quickBooks.respond("misread", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(JAN, FEB)
                        .account(ReportSection.INCOME, "Managed Services", "9000.00", "3000.00")
                        .netIncome(FEB, "3500.00")
                        .build()));
        String ticket = authenticate();
        send(ticket);

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket,
                "misread+employees"))).isEqualTo(-1);

        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("does not add up")
                .contains("2026-02").contains("3500.00").contains("Nothing was stored");
        assertThat(core.metrics.find(InMemoryCore.COMPANY, JAN, FEB)).extracting(StoredMetric::key)
                .containsOnly(MetricKey.EMPLOYEES);
        assertThat(core.ledger.load(InMemoryCore.COMPANY).monthLastSynced()).isEmpty();
        assertThat(core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items())
                .filteredOn(entry -> entry.type() == SyncType.PROFIT_AND_LOSS).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(SyncOutcome.FAILED));
    }

    @Test
    void aSubtotalThatDisagreesWithTheAccountsMakesTheEntryAWarningNamingTheRowAndMonth() {
        core.quickBooks.respond("subtotal", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(JAN, FEB)
                        .account(ReportSection.INCOME, "Managed Services:Backup", "9000.00", "3000.00")
                        .total(ReportTotal.Kind.PARENT, "Total Managed Services", null, "Managed Services",
                                "9000.00", "3100.00")
                        .build()));
        String ticket = authenticate();
        send(ticket);

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket,
                "subtotal+employees"))).isEqualTo(100);

        assertThat(core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items())
                .filteredOn(entry -> entry.type() == SyncType.PROFIT_AND_LOSS).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(SyncOutcome.WARNING);
            assertThat(entry.message()).contains("'Total Managed Services' 2026-02 is 3100.00");
        });
        metric(FEB, MetricKey.MRR).is("3000.00");
    }

    @Test
    void employeesWithMissingDatesAreNamedInTheHistoryAndPastMonthsGetNoFalseCount() {
        core.quickBooks.respond("undated", new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(),
                new EmployeeRoster(List.of(new Employee("1", "Ada", true, null, null),
                        new Employee("2", "Bob", false, null, null)))));
        String ticket = authenticate();
        send(ticket);

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+undated")))
                .isEqualTo(100);

        assertThat(core.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 1)).items()).singleElement()
                .satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(SyncOutcome.WARNING);
            assertThat(entry.message()).contains("Ada: no hire date").contains("Bob: inactive without a release date")
                    .contains("Hire Date");
        });
        metric(FEB, MetricKey.EMPLOYEES).is("1.00");
        assertThat(core.metrics.find(InMemoryCore.COMPANY, JAN, JAN))
                .noneMatch(stored -> stored.key() == MetricKey.EMPLOYEES);
    }

    @Test
    void anHresultOrUnreadableResponseFailsTheSession() {
        String ticket = authenticate();
        send(ticket);

        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.failure(ticket, "0x80040400",
                "QuickBooks found an error when parsing the provided XML text stream."))).isEqualTo(-1);
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("0x80040400")
                .contains("not sent again in this session");
        assertThat(send(ticket)).as("the same request is never sent twice").isEmpty();
        assertThat(core.quickBooks.requests()).hasSize(1);
        assertThat(core.webConnector.closeConnection(CALLER, ticket)).startsWith("Sync failed");

        clock.advance(Duration.ofMinutes(1));
        String next = authenticate();
        send(next);
        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(next, "<garbage")))
                .isEqualTo(-1);
        assertThat(core.webConnector.getLastError(CALLER, next)).contains("could not be read");
    }

    @Test
    void aFailedResponseKeepsMetricsStoredEarlier() {
        String ticket = authenticate();
        send(ticket);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+employees"));
        core.webConnector.closeConnection(CALLER, ticket);
        core.overview.requestResync(dev.qbrsync.core.company.CompanyScope.every(), InMemoryCore.COMPANY,
                List.of(JAN, FEB));

        String next = authenticate();
        send(next);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.failure(next, "0x8004", "gone"));

        metric(JAN, MetricKey.MRR).is("9000.00");
    }

    @Test
    void anOldWebConnectorIsRefusedWhenAMinimumIsSet() {
        assertThat(core.webConnector.clientVersion(CALLER, "2.0.1.5")).startsWith("E:").contains("2.1.0.30");
        assertThat(core.webConnector.clientVersion(CALLER, "2.1.0.30")).isEmpty();
        assertThat(core.webConnector.clientVersion(CALLER, "10.0")).isEmpty();
    }

    @Test
    void requestsAreWrittenInTheHighestCommonQbxmlVersionAndTheCountrysEdition() {
        core.quickBooks.host(new HostInfo("QuickBooks", "Acme", "CA",
                List.of(new QbxmlVersion(8, 0), new QbxmlVersion(10, 0))));
        String ticket = authenticate();

        String request = core.webConnector.sendRequestXML(CALLER, SendRequestXml.forTicket(ticket).hostResponse(HCP)
                .qbxml("CA", 10, 0));

        assertThat(request).contains("qbXML CA8.0");
        assertThat(core.companies.find(InMemoryCore.COMPANY).orElseThrow().lastQuickBooks())
                .hasValueSatisfying(seen -> {
            assertThat(seen.supportedVersions()).isEqualTo("8.0, 10.0");
            assertThat(seen.writtenIn()).isEqualTo("8.0");
            assertThat(seen.country()).isEqualTo("CA");
        });
    }

    @Test
    void aQuickBooksTooOldForUsIsToldWhatItSupportsAndWhatWeNeedAndNothingIsAsked() {
        core.quickBooks.host(new HostInfo("QuickBooks 2002", "Acme", "US", List.of(new QbxmlVersion(1, 1))));
        String ticket = authenticate();

        assertThat(core.webConnector.sendRequestXML(CALLER, SendRequestXml.forTicket(ticket).hostResponse(HCP)
                .qbxml("US", 1, 1))).isEmpty();

        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("1.1").contains("Nothing was asked");
        assertThat(core.quickBooks.requests()).isEmpty();
    }

    @Test
    void authenticateAnswersAllFourPositionsAndPostponesWhenBusy() {
        AuthenticateResult first = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));
        AuthenticateResult busy = core.webConnector.authenticate(CALLER, Authenticate.as(USER, PASSWORD.toCharArray()));

        assertThat(first.postpone()).isEmpty();
        assertThat(first.minimumRunEvery()).contains(300);
        assertThat(busy.status()).isEqualTo(AuthenticateResult.BUSY);
        assertThat(busy.postpone()).contains(Login.BUSY_POSTPONE_SECONDS);
        assertThat(busy.minimumRunEvery()).contains(300);
    }

    @Test
    void aProblemOnlyAPersonCanFixEndsTheSessionAtOnceWithWhatToDo() {
        String ticket = authenticate();

        assertThat(core.webConnector.connectionError(CALLER, ConnectionError.of(ticket, "0x80040408",
                "Could not start QuickBooks.")))
                .isEqualTo("done");
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("Could not start QuickBooks.")
                .contains("Start QuickBooks, open this company's file");
    }

    @Test
    void aPassingProblemIsTriedOnceMoreWithTheOpenFileThenGivenUp() {
        String ticket = authenticate();

        assertThat(core.webConnector.connectionError(CALLER, ConnectionError.of(ticket, "0x80040401",
                "Could not access QuickBooks.")))
                .as("try again with the company file that is open").isEmpty();
        assertThat(core.sessions.findByTicketHash(new dev.qbrsync.core.session.Ticket(ticket).hash()).orElseThrow()
                .state()).isEqualTo(SessionState.AUTHENTICATED);
        assertThat(core.webConnector.connectionError(CALLER, ConnectionError.of(ticket, "0x80040401",
                "Could not access QuickBooks.")))
                .isEqualTo("done");
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("Trying again did not help");
    }

    @Test
    void aPermissionProblemIsRecognisedByItsWordsToo() {
        String ticket = authenticate();

        assertThat(core.webConnector.connectionError(CALLER, ConnectionError.of(ticket, "0x80049999",
                "This application does not have permission to access this QuickBooks company data file.")))
                .isEqualTo("done");
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("Integrated Applications");
    }

    @Test
    void auditEntriesNeverHoldTheTicketOrPassword() {
        String ticket = authenticate();
        send(ticket);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+employees"));

        assertThat(core.audit.recent(100)).extracting(AuditEvent::detail)
                .noneMatch(detail -> detail.contains(ticket) || detail.contains(PASSWORD));
    }

    @Test
    void aConversationReportsRequestAndAnswerSizesFailuresAndHowLongEachSessionTook() {
        String ticket = authenticate();
        String request = send(ticket);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+employees"));
        clock.advance(Duration.ofMinutes(2));
        core.webConnector.closeConnection(CALLER, ticket);
        core.ledger.requestResync(InMemoryCore.COMPANY, List.of(FEB));
        String failing = authenticate();
        send(failing);
        core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.failure(failing, "0x80040400", "parse error"));
        clock.advance(Duration.ofSeconds(30));
        core.webConnector.closeConnection(CALLER, failing);

        assertThat(core.events.all()).containsExactly(
                "requestSent 2 " + request.length(), "responseReceived 2 " + "pnl+employees".length(),
                "sessionEnded COMPLETED PT2M",
                "requestSent 1 " + "request PNL:2026-02..2026-02 qbXML 13.0 Accrual".length(),
                "responseReceived 1 0", "syncFailed PROFIT_AND_LOSS", "sessionEnded FAILED PT30S");
    }

    @Test
    void sizesAreUtf8Bytes() {
        assertThat(Utf8.bytes("Caf\u00e9 \u20ac \uD83D\uDE00")).isEqualTo(3 + 2 + 1 + 3 + 1 + 4);
    }
}
