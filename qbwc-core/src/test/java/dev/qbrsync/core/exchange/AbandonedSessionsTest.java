package dev.qbrsync.core.exchange;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.memory.InMemorySessionRepository;
import dev.qbrsync.core.overview.CompanyStatus;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.Employee;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static dev.qbrsync.core.testing.InMemoryCore.PASSWORD;
import static dev.qbrsync.core.testing.InMemoryCore.USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances share the sessions; the one serving a session goes away in the middle of it. The next login on the
 * other closes the abandoned session with an explanation (getLastError, status, history) and runs at once.
 */
class AbandonedSessionsTest {
    private static final Caller CALLER = new Caller("192.0.2.10");

    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final WebConnectorSettings settings = new WebConnectorSettings("QBR Sync test", "",
            Duration.ofMinutes(30), new SyncPolicy(1, 45, Duration.ofHours(24), Duration.ofHours(24)),
            ReportBasis.ACCRUAL);
    private final InMemorySessionRepository shared = new InMemorySessionRepository();
    private final InMemoryCore first = core("first");
    private final InMemoryCore second = core("second");

    private InMemoryCore core(String instance) {
        InMemoryCore core = new InMemoryCore(clock, settings, shared.instance(instance));
        core.quickBooks.host(new HostInfo("QuickBooks Pro 2014", "Acme MSP", "US", List.of(new QbxmlVersion(13, 0))));
        return core;
    }

    /** The first instance authenticates and hands QuickBooks the first request; returns the ticket. */
    private String sessionAwaitingQuickBooksOnTheFirstInstance() {
        AuthenticateResult result = first.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));
        assertThat(result.status()).isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
        first.webConnector.sendRequestXML(CALLER, SendRequestXml.forTicket(result.ticket()).hostResponse("<QBXML/>")
                .companyFile("C:\\Acme.QBW").qbxml("US", 13, 0));
        return result.ticket();
    }

    @Test
    void whileItsInstanceLivesASecondLoginIsBusy() {
        sessionAwaitingQuickBooksOnTheFirstInstance();

        assertThat(second.webConnector.authenticate(CALLER, Authenticate.as(USER, PASSWORD.toCharArray())).status())
                .isEqualTo(AuthenticateResult.BUSY);
    }

    @Test
    void aLoginAfterItsInstanceStoppedClosesItWithAnExplanationAndRunsAtOnce() {
        String ticket = sessionAwaitingQuickBooksOnTheFirstInstance();
        shared.stop("first");
        clock.advance(Duration.ofSeconds(5));

        AuthenticateResult next = second.webConnector.authenticate(CALLER, Authenticate.as(USER,
                PASSWORD.toCharArray()));

        assertThat(next.status()).isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
        String explanation = second.webConnector.getLastError(CALLER, ticket);
        assertThat(explanation)
                .startsWith("Abandoned: the QBR Sync instance serving this session (first) was stopped at ")
                .contains("while QuickBooks was answering round trip 1 of 1 (PNL:2026-01..2026-02 + EMPLOYEES)")
                .contains("its months stay due");
        List<HistorySummary> history = second.overview.history(CompanyScope.every(),
                HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items();
        assertThat(history).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(SyncOutcome.FAILED);
            assertThat(entry.message()).isEqualTo(explanation);
        });
        assertThat(history).extracting(HistorySummary::type)
                .containsExactlyInAnyOrder(SyncType.PROFIT_AND_LOSS, SyncType.EMPLOYEES);
        assertThat(second.events.all()).containsExactly("syncFailed PROFIT_AND_LOSS", "syncFailed EMPLOYEES",
                "sessionEnded ABANDONED PT5S");
        assertThat(second.sessions.findByTicketHash(new Ticket(ticket).hash()).orElseThrow()
                .state()).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void anInstanceThatEndedWithoutStoppingIsNamedAsSuchAndTheStatusShowsIt() {
        sessionAwaitingQuickBooksOnTheFirstInstance();
        shared.endWithoutStopping("first");

        int closed = second.abandonedSessions.sweep();
        assertThat(closed).as("the sweep waits out its grace period").isZero();
        clock.advance(AbandonedSessions.SWEEP_GRACE.plusSeconds(1));
        closed = second.abandonedSessions.sweep();

        assertThat(closed).isEqualTo(1);
        CompanyStatus status = second.overview.status(CompanyScope.every()).stream()
                .filter(company -> company.companyId().equals(InMemoryCore.COMPANY)).findFirst().orElseThrow();
        assertThat(status.lastSessionState()).isEqualTo(SessionState.CLOSED);
        assertThat(status.lastError()).contains("ended without stopping (killed or crashed)");
    }

    @Test
    void aSessionThatHadStoredEverythingIsClosedWithoutAFailure() {
        String ticket = sessionAwaitingQuickBooksOnTheFirstInstance();
        first.quickBooks.respond("pnl", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 2))
                        .account(ReportSection.INCOME, "Managed Services", "9000.00", "3000.00").build()));
        first.quickBooks.respond("employees", new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(),
                new EmployeeRoster(List.of(new Employee("1", "Ada", true, LocalDate.of(2025, 6, 1), null)))));
        assertThat(first.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(ticket, "pnl+employees")))
                .isEqualTo(100);
        shared.stop("first");

        second.webConnector.authenticate(CALLER, Authenticate.as(USER, PASSWORD.toCharArray()));

        assertThat(first.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items())
                .extracting(HistorySummary::outcome).containsOnly(SyncOutcome.SUCCESS);
        assertThat(second.history.find(HistoryQuery.firstPage(InMemoryCore.COMPANY, 10)).items()).isEmpty();
        assertThat(shared.lastSuccesses()).containsKey(InMemoryCore.COMPANY);
    }
}
