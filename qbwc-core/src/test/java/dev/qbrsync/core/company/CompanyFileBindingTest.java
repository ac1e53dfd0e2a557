package dev.qbrsync.core.company;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every company syncs only its own QuickBooks file, and a disabled company none. */
class CompanyFileBindingTest {
    private static final Caller CALLER = new Caller("192.0.2.20");
    private static final String HCP = "<QBXML>host</QBXML>";

    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock, new WebConnectorSettings("QBR Sync test", "2.1.0.30",
            Duration.ofMinutes(30), new SyncPolicy(1, 45, Duration.ofHours(24), Duration.ofHours(24)),
            ReportBasis.ACCRUAL));
    private Company northwind;
    private Company contoso;

    @BeforeEach
    void twoCompanies() {
        northwind = core.companyAdministration.add(Requester.commandLine(), "Northwind", "northwind",
                "northwind pass".toCharArray());
        contoso = core.companyAdministration.add(Requester.commandLine(), "Contoso", "contoso",
                "contoso pass".toCharArray());
        core.quickBooks.respond("pnl", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 2))
                        .account(ReportSection.INCOME, "Managed Services", "100.00", "100.00").build()));
        core.quickBooks.respond("employees", new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(),
                new EmployeeRoster(List.of())));
    }

    private static HostInfo file(String companyName, String fileId) {
        List<HostInfo.FileId> ids = fileId.isEmpty() ? List.of()
                : List.of(new HostInfo.FileId(InMemoryCore.OWNER_ID, fileId));
        return new HostInfo("QuickBooks Pro 2024", companyName, "US", List.of(new QbxmlVersion(13, 0)), 34, 0, ids);
    }

    /** One session a day later (so there is work) of the user with the file open; returns the first sendRequestXML's answer and the ticket. */
    private String[] session(String user, String password, HostInfo open, String path) {
        clock.advance(Duration.ofHours(25));
        core.quickBooks.host(open);
        AuthenticateResult login = core.webConnector.authenticate(CALLER, Authenticate.as(user,
                password.toCharArray()));
        String request = core.webConnector.sendRequestXML(CALLER, SendRequestXml.forTicket(login.ticket())
                .hostResponse(HCP).companyFile(path).qbxml("US", 13, 0));
        return new String[] {request, login.ticket()};
    }

    private String syncFully(String user, String password, HostInfo open, String path) {
        String[] first = session(user, password, open, path);
        assertThat(first[0]).startsWith("request");
        assertThat(core.webConnector.receiveResponseXML(CALLER, ReceiveResponseXml.answer(first[1], "pnl+employees")))
                .isEqualTo(100);
        return core.webConnector.closeConnection(CALLER, first[1]);
    }

    @Test
    void theFirstSuccessfulSyncBindsTheCompanyToItsFile() {
        assertThat(syncFully("northwind", "northwind pass", file("Northwind Inc", northwind.qwcFileId()),
                "C:\\Northwind.QBW")).contains("complete");

        assertThat(core.companies.find(northwind.id()).orElseThrow().boundFile())
                .contains(new FileIdentity("Northwind Inc", northwind.qwcFileId(), "C:\\Northwind.QBW"));
        assertThat(core.companies.find(contoso.id()).orElseThrow().boundFile()).isEmpty();
    }

    @Test
    void anotherCompanysFileIsRefusedBeforeAnythingIsAskedAuditedAndNothingIsStored() {
        syncFully("northwind", "northwind pass", file("Northwind Inc", northwind.qwcFileId()), "C:\\Northwind.QBW");
        int historyBefore = core.history.find(HistoryQuery.firstPage(northwind.id(), 100)).items().size();

        String[] refused = session("northwind", "northwind pass", file("Contoso Ltd", ""), "C:\\Contoso.QBW");

        assertThat(refused[0]).isEmpty();
        String error = core.webConnector.getLastError(CALLER, refused[1]);
        assertThat(error).contains("company " + northwind.id() + " 'Northwind'", "'Northwind Inc'",
                "'Contoso Ltd' (C:\\Contoso.QBW)", "company rebind");
        assertThat(core.audit.recent(100)).filteredOn(event -> event.action().equals("qbwc.sendRequestXML"))
                .first().extracting(AuditEvent::outcome).isEqualTo(AuditOutcome.DENIED);
        assertThat(core.history.find(HistoryQuery.firstPage(northwind.id(), 100)).items()).hasSize(historyBefore);
        assertThat(core.metrics.find(contoso.id(), YearMonth.of(2000, 1), YearMonth.of(2100, 1))).isEmpty();
    }

    @Test
    void aFileSetUpWithAnotherCompanysQwcIsRefusedEvenBeforeTheFirstSync() {
        String[] refused = session("northwind", "northwind pass", file("Contoso Ltd", contoso.qwcFileId()),
                "C:\\Contoso.QBW");

        assertThat(refused[0]).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, refused[1]))
                .contains("set up with the .qwc of company " + contoso.id() + " 'Contoso'");
        assertThat(core.companies.find(northwind.id()).orElseThrow().boundFile()).isEmpty();
    }

    @Test
    void theFileAnotherCompanyIsBoundToIsRefusedToAnUnboundCompany() {
        syncFully("contoso", "contoso pass", file("Contoso Ltd", ""), "C:\\Contoso.QBW");

        String[] refused = session("northwind", "northwind pass", file("Contoso Ltd", ""), "C:\\Contoso.QBW");

        assertThat(refused[0]).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, refused[1]))
                .contains("the file of company " + contoso.id() + " 'Contoso'");
    }

    @Test
    void afterARebindTheNextSuccessfulSyncBindsTheMovedFile() {
        syncFully("northwind", "northwind pass", file("Northwind Inc", ""), "C:\\Northwind.QBW");
        assertThat(session("northwind", "northwind pass", file("Northwind Inc", ""), "D:\\Moved\\Northwind.QBW")[0])
                .as("a moved file without a FileID cannot be told from another").isEmpty();
        clock.advance(Duration.ofHours(1));

        core.companyAdministration.rebind(Requester.commandLine(), northwind.id());
        clock.advance(Duration.ofDays(2));

        assertThat(syncFully("northwind", "northwind pass", file("Northwind Inc", ""), "D:\\Moved\\Northwind.QBW"))
                .contains("complete");
        assertThat(core.companies.find(northwind.id()).orElseThrow().boundFile().orElseThrow().filePath())
                .isEqualTo("D:\\Moved\\Northwind.QBW");
    }

    @Test
    void aDisabledCompanyIsNotAValidUserButKeepsItsBinding() {
        syncFully("northwind", "northwind pass", file("Northwind Inc", ""), "C:\\Northwind.QBW");
        core.companyAdministration.setDisabled(Requester.commandLine(), northwind.id(), true);

        AuthenticateResult refused = core.webConnector.authenticate(CALLER, Authenticate.as("northwind",
                "northwind pass".toCharArray()));

        assertThat(refused.status()).isEqualTo(AuthenticateResult.NOT_VALID_USER);
        assertThat(core.audit.recent(1)).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.detail()).contains("company " + northwind.id() + " is disabled");
        });
        assertThat(core.companies.find(northwind.id()).orElseThrow().boundFile()).isPresent();
        core.companyAdministration.setDisabled(Requester.commandLine(), northwind.id(), false);
        clock.advance(Duration.ofDays(2));
        assertThat(core.webConnector.authenticate(CALLER, Authenticate.as("northwind", "northwind pass".toCharArray()))
                .status())
                .isNotEqualTo(AuthenticateResult.NOT_VALID_USER);
    }

    @Test
    void anotherCompanysFileUnderAnySpellingOfItsPathIsRefusedWithoutAFileIdAndNothingIsStored() {
        syncFully("northwind", "northwind pass", file("Northwind Inc", ""), "C:\\QB\\Northwind.QBW");

        for (String spelling : List.of("C:\\QB\\Northwind.QBW", "\\\\PC\\C$\\QB\\Northwind.QBW",
                "C:\\QB\\NORTHW~1.QBW", "C:\\QB\\Old\\..\\Northwind.QBW", "C:/QB/Northwind.QBW",
                "\\\\PC\\QB\\Northwind.QBW", "Q:\\Northwind.QBW")) {
            String[] refused = session("contoso", "contoso pass", file("Northwind Inc", ""), spelling);

            assertThat(refused[0]).as(spelling).isEmpty();
            assertThat(core.webConnector.getLastError(CALLER, refused[1])).as(spelling)
                    .contains("may be the file of company " + northwind.id(), "company rebind " + northwind.id());
            core.webConnector.closeConnection(CALLER, refused[1]);
        }
        assertThat(core.metrics.find(contoso.id(), YearMonth.of(2000, 1), YearMonth.of(2100, 1))).isEmpty();
        assertThat(core.companies.find(contoso.id()).orElseThrow().boundFile()).isEmpty();
    }

    @Test
    void aFileWhoseFileIdProvesItDifferentMayShareAnotherCompanysName() {
        syncFully("northwind", "northwind pass", file("Acme", northwind.qwcFileId()), "C:\\QB\\Acme.QBW");

        assertThat(syncFully("contoso", "contoso pass", file("Acme", contoso.qwcFileId()), "D:\\Acme.QBW"))
                .contains("complete");
    }

    @Test
    void aCompanysOwnFileUnderAnotherSpellingIsItsOwnButAnUnresolvableShortNameIsRefusedWithHowToRebind() {
        syncFully("northwind", "northwind pass", file("Northwind Inc", ""), "C:\\QB\\Northwind.QBW");

        assertThat(syncFully("northwind", "northwind pass", file("Northwind Inc", ""),
                "\\\\PC\\c$\\qb\\.\\northwind.qbw")).contains("complete");
        String[] doubtful = session("northwind", "northwind pass", file("Northwind Inc", ""), "C:\\QB\\NORTHW~1.QBW");
        assertThat(doubtful[0]).isEmpty();
        assertThat(core.webConnector.getLastError(CALLER, doubtful[1])).contains("company rebind " + northwind.id());
    }
}
