package dev.qbrsync.core.exchange;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.job.RecordingJob;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.memory.InMemorySessionRepository;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.JobPage;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registered jobs in the Web Connector's session, beside the QBR sync: pages, failures, cut-off sessions. */
class JobsInSessionTest {
    private static final Caller CALLER = new Caller("192.0.2.10");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final String ITERATOR = "{eb05f701-e727-472f-8ade-6753c4f67a46}";

    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final RecordingJob customers = RecordingJob.customers();
    private InMemoryCore core;

    @BeforeEach
    void coreWithTheCustomerJob() {
        core = coreWith(customers);
    }

    private InMemoryCore coreWith(RecordingJob... jobs) {
        return coreWith(new InMemorySessionRepository(), jobs);
    }

    private InMemoryCore coreWith(InMemorySessionRepository sessions, RecordingJob... jobs) {
        WebConnectorSettings settings = new WebConnectorSettings("QBR Sync test", "2.1.0.30", Duration.ofMinutes(30),
                new SyncPolicy(1, 45, Duration.ofHours(24), Duration.ofHours(24)), ReportBasis.ACCRUAL);
        InMemoryCore built = new InMemoryCore(clock, settings, sessions, List.of(jobs));
        built.quickBooks.host(new HostInfo("QuickBooks Pro 2014", "Acme MSP", "US", List.of(new QbxmlVersion(13, 0))));
        built.quickBooks.respond("pnl", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(JAN, FEB).account(ReportSection.INCOME, "Services", "900.00", "300.00")
                        .build()));
        built.quickBooks.respond("employees", new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(),
                new EmployeeRoster(List.of(new Employee("1", "Ada", true, LocalDate.of(2025, 6, 1), null)))));
        built.quickBooks.respondToJob("page1", "customers", new JobPage(QbxmlStatus.ok(), "<p1/>", 1000, ITERATOR));
        built.quickBooks.respondToJob("page2", "customers", new JobPage(QbxmlStatus.ok(), "<p2/>", 500, ITERATOR));
        built.quickBooks.respondToJob("page3", "customers", new JobPage(QbxmlStatus.ok(), "<p3/>", 0, null));
        return built;
    }

    private String authenticate() {
        AuthenticateResult result = core.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));
        assertThat(result.status()).isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
        return result.ticket();
    }

    private String send(String ticket) {
        return core.webConnector.sendRequestXML(CALLER, SendRequestXml.forTicket(ticket)
                .hostResponse("<QBXML>host</QBXML>").companyFile("C:\\Acme.QBW").qbxml("US", 13, 0));
    }

    private int receive(String ticket, String raw) {
        return core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, raw));
    }

    private List<HistorySummary> jobHistory() {
        return core.history.find(new HistoryQuery(InMemoryCore.COMPANY, SyncType.JOB, null, null, null, 0, 50))
                .items();
    }

    @Test
    void aPagedJobRidesWithTheQbrSyncAndIsFollowedToItsLastPageInTheSameSession() {
        String ticket = authenticate();

        assertThat(send(ticket)).isEqualTo("request PNL:2026-01..2026-02+EMPLOYEES+JOB:customers qbXML 13.0 Accrual");
        assertThat(receive(ticket, "pnl+employees+page1")).isEqualTo(50);
        assertThat(customers.answers).as("nothing of half a list is stored").isEmpty();
        assertThat(send(ticket)).isEqualTo("request JOB:customers@1@" + ITERATOR + " qbXML 13.0 Accrual");
        assertThat(receive(ticket, "page2")).isEqualTo(66);
        assertThat(send(ticket)).isEqualTo("request JOB:customers@2@" + ITERATOR + " qbXML 13.0 Accrual");
        assertThat(receive(ticket, "page3")).isEqualTo(100);

        assertThat(customers.answers).singleElement().satisfies(answer ->
                assertThat(answer.pages()).containsExactly("<p1/>", "<p2/>", "<p3/>"));
        assertThat(core.webConnector.closeConnection(CALLER, ticket)).contains("complete").contains("5 of 5");
        assertThat(jobHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(SyncOutcome.SUCCESS);
            assertThat(entry.message()).isEqualTo("Job customers: its answer of 3 pages stored");
        });
        assertThat(core.jobExchange.heldIterations()).isZero();
    }

    @Test
    void aSessionClosedMidIterationStoresNothingOfTheJobAndItStartsOverNextTime() {
        String ticket = authenticate();
        send(ticket);
        receive(ticket, "pnl+employees+page1");
        send(ticket);
        receive(ticket, "page2");

        assertThat(core.webConnector.closeConnection(CALLER, ticket)).contains("stopped early");
        assertThat(customers.answers).isEmpty();
        assertThat(jobHistory()).isEmpty();

        clock.advance(Duration.ofHours(1));
        String next = authenticate();
        assertThat(send(next)).isEqualTo("request JOB:customers qbXML 13.0 Accrual");
        assertThat(receive(next, "page1")).isLessThan(100);
        send(next);
        receive(next, "page2");
        send(next);
        assertThat(receive(next, "page3")).isEqualTo(100);
        assertThat(customers.answers).singleElement().satisfies(answer ->
                assertThat(answer.pages()).as("the cut-off session's pages are not in it")
                        .containsExactly("<p1/>", "<p2/>", "<p3/>"));
        assertThat(core.jobExchange.heldIterations()).as("the cut-off session's pages were let go").isZero();
    }

    @Test
    void aJobTheNegotiatedVersionCannotSendFailsAtOnceByNameAndTheQbrSyncGoesOn() {
        core.quickBooks.refusingQuery("CustomerQueryRq", "CustomerQueryRq takes an iterator from qbXML 5.0 on");
        String ticket = authenticate();

        assertThat(send(ticket)).isEqualTo("request PNL:2026-01..2026-02+EMPLOYEES qbXML 13.0 Accrual");
        assertThat(jobHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(SyncOutcome.FAILED);
            assertThat(entry.message()).startsWith("Job customers cannot be sent in qbXML 13.0 (US): CustomerQueryRq "
                    + "takes an iterator from qbXML 5.0 on");
        });
        assertThat(receive(ticket, "pnl+employees")).isEqualTo(100);
        assertThat(core.ledger.load(InMemoryCore.COMPANY).lastSynced(JAN)).isPresent();
    }

    @Test
    void whenOnlyARefusedJobWasDueTheSessionFailsNamingIt() {
        core.quickBooks.refusingQuery("CustomerQueryRq", "CustomerQueryRq came with qbXML 2.0");
        String first = authenticate();
        send(first);
        receive(first, "pnl+employees");
        core.webConnector.closeConnection(CALLER, first);

        String ticket = authenticate();
        assertThat(send(ticket)).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).startsWith("Job customers cannot be sent");
    }

    @Test
    void aRefusedAnswerFailsTheJobAloneAndItStaysDue() {
        core.quickBooks.respondToJob("refused", "customers", new JobPage(new QbxmlStatus(3120, "Error",
                "Object not found"), "<CustomerQueryRs/>", 0, null));
        String ticket = authenticate();
        send(ticket);

        assertThat(receive(ticket, "pnl+employees+refused")).isEqualTo(-1);
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("QuickBooks refused job customers with "
                + "status 3120").contains("The other 2 of the 3 answers were stored");
        assertThat(core.ledger.load(InMemoryCore.COMPANY).lastSynced(FEB)).isPresent();
        assertThat(customers.isDue(InMemoryCore.COMPANY, clock.instant())).isTrue();
    }

    @Test
    void aRefusedReportFailsTheProfitAndLossJobAloneAndTheOtherJobsAreStored() {
        core.quickBooks.respond("pnl-refused", new QuickBooksResponse.Refused(new QbxmlStatus(3231, "Error",
                "The request has not been processed")));
        core.quickBooks.respondToJob("whole", "customers", new JobPage(QbxmlStatus.ok(), "<all/>", 0, null));
        String ticket = authenticate();
        send(ticket);

        assertThat(receive(ticket, "pnl-refused+employees+whole")).isEqualTo(-1);
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("QuickBooks refused PNL:2026-01..2026-02 "
                + "with status 3231").contains("The other 2 of the 3 answers were stored");
        assertThat(customers.answers).singleElement().satisfies(answer ->
                assertThat(answer.pages()).containsExactly("<all/>"));
        assertThat(core.ledger.load(InMemoryCore.COMPANY).lastSynced(FEB)).as("the months stay due").isEmpty();
        assertThat(core.ledger.load(InMemoryCore.COMPANY).employeesSyncedAt()).isPresent();
    }

    @Test
    void aPartialAnswerToAJobThatDidNotAskForPagesStoresNothing() {
        RecordingJob unpaged = new RecordingJob("customers", new JobRequest("CustomerQueryRq", "", false));
        core = coreWith(unpaged);
        String ticket = authenticate();
        send(ticket);

        assertThat(receive(ticket, "pnl+employees+page1")).isEqualTo(-1);
        assertThat(unpaged.answers).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("QuickBooks holds 1000 more records "
                + "behind an iterator the job did not ask for");
    }

    @Test
    void aPageServedByAnInstanceThatDoesNotHoldTheEarlierOnesStoresNothing() {
        InMemorySessionRepository shared = new InMemorySessionRepository();
        InMemoryCore first = coreWith(shared, customers);
        InMemoryCore second = coreWith(shared, customers);
        core = first;
        String ticket = authenticate();
        send(ticket);
        receive(ticket, "pnl+employees+page1");

        core = second;
        assertThat(send(ticket)).isEqualTo("request JOB:customers@1@" + ITERATOR + " qbXML 13.0 Accrual");
        assertThat(receive(ticket, "page2")).isEqualTo(-1);

        assertThat(customers.answers).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, ticket)).contains("Job customers: the first 1 pages of "
                + "its iteration are not held by this instance").contains("it starts over next run");
        assertThat(customers.isDue(InMemoryCore.COMPANY, clock.instant())).isTrue();
    }

    @Test
    void jobsAreNamedOnceAndPlainly() {
        assertThatThrownBy(() -> new Jobs(List.of(RecordingJob.customers(), RecordingJob.customers())))
                .hasMessageContaining("Two jobs are named 'customers'");
        assertThatThrownBy(() -> new Jobs(List.of(new RecordingJob("Customers+1", null))))
                .hasMessageContaining("lowercase letters");
    }
}
