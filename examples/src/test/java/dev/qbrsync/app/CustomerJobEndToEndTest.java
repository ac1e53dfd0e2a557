package dev.qbrsync.app;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.examples.customers.Customer;
import dev.qbrsync.examples.customers.CustomerListJob;
import dev.qbrsync.examples.customers.InMemoryCustomerStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example job end to end: the whole application over real HTTP and PostgreSQL with the customer job registered, a
 * simulated Web Connector in front of a QuickBooks with 2,500 customers, the QBR sync's P&L and employees in the same
 * session.
 */
class CustomerJobEndToEndTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-10T15:00:00Z"), ZoneOffset.UTC);
    private static final int CUSTOMERS = 2_500;
    private static final CompanyId COMPANY = CompositionRoot.DEFAULT_COMPANY;

    @TempDir
    Path dataDirectory;
    private final InMemoryCustomerStore store = new InMemoryCustomerStore();
    private final FakeCustomerList customerList = new FakeCustomerList(CUSTOMERS);
    private final FakeQuickBooks quickBooks = QuickBooksFixtures.SMALL_MSP.answeringAlso(customerList::answer);
    private TestApp app;

    private TestApp start() {
        app = new TestApp(dataDirectory, CLOCK, Map.of(), List.of(new CustomerListJob(store, CLOCK,
                Duration.ofHours(24))));
        return app;
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void twoThousandFiveHundredCustomersArriveInPagesOf500InTheSessionOfTheQbrSync() throws Exception {
        SimulatedWebConnector connector = new SimulatedWebConnector(start().uri("/api/qbwc"),
                new SimulatedWebConnector.Latencies(), quickBooks);

        String closing = connector.playSession(TestApp.USER, TestApp.PASSWORD);

        assertThat(closing).isEqualTo("Sync complete: 7 of 7 requests stored in 5 round trips.");
        assertThat(connector.requests).hasSize(5);
        assertThat(connector.requests.get(0)).contains("<GeneralSummaryReportQueryRq").contains("<EmployeeQueryRq")
                .contains("<CustomerQueryRq requestID=\"JOB:customers\" iterator=\"Start\"><MaxReturned>500"
                        + "</MaxReturned><ActiveStatus>All</ActiveStatus></CustomerQueryRq>");
        assertThat(connector.requests.subList(1, 5)).allSatisfy(request -> assertThat(request)
                .contains("iterator=\"Continue\"").doesNotContain("<GeneralSummaryReportQueryRq"));
        List<Customer> stored = store.customers(COMPANY);
        assertThat(stored).hasSize(CUSTOMERS);
        assertThat(stored).extracting(Customer::listId).doesNotHaveDuplicates()
                .contains(FakeCustomerList.listId(0), FakeCustomerList.listId(CUSTOMERS - 1));
        assertThat(stored.get(1).fullName()).isEqualTo("Smith & Sons 0001");
        assertThat(stored).filteredOn(Customer::active).hasSize(CUSTOMERS - CUSTOMERS / 10);
        assertThat(StoredMetrics.of(app.root, COMPANY.value(), YearMonth.of(2025, 12)))
                .containsEntry("net_profit", new BigDecimal("601.50")).containsEntry("employees", new BigDecimal("3.00"));
        assertThat(history()).containsExactly("profit_loss:SUCCESS", "employees:SUCCESS", "job:SUCCESS");
    }

    @Test
    void anIterationCutOffByAClosedSessionStoresNothingAndIsRedoneNextTime() throws Exception {
        WebConnectorClient qbwc = new WebConnectorClient(start().uri("/api/qbwc"));
        String ticket = strings(qbwc.call("authenticate", "strUserName", TestApp.USER, "strPassword",
                TestApp.PASSWORD)).get(0);
        for (int round = 0; round < 2; round++) {
            String request = result(qbwc.call("sendRequestXML", "ticket", ticket, "strHCPResponse",
                    round == 0 ? quickBooks.hostResponse() : "", "strCompanyFileName", quickBooks.file().path(),
                    "qbXMLCountry", "US", "qbXMLMajorVers", "13", "qbXMLMinorVers", "0"), "sendRequestXMLResult");
            assertThat(result(qbwc.call("receiveResponseXML", "ticket", ticket, "response", quickBooks.answer(request),
                    "hresult", "", "message", ""), "receiveResponseXMLResult")).isNotEqualTo("100");
        }
        assertThat(result(qbwc.call("closeConnection", "ticket", ticket), "closeConnectionResult"))
                .isEqualTo("Sync stopped early: 4 of 5 requests stored.");
        assertThat(store.customers(COMPANY)).as("half a list is never stored").isEmpty();
        assertThat(history()).containsExactly("profit_loss:SUCCESS", "employees:SUCCESS");

        SimulatedWebConnector connector = new SimulatedWebConnector(app.uri("/api/qbwc"),
                new SimulatedWebConnector.Latencies(), quickBooks);
        assertThat(connector.playSession(TestApp.USER, TestApp.PASSWORD))
                .isEqualTo("Sync complete: 5 of 5 requests stored in 5 round trips.");
        assertThat(connector.requests.get(0)).as("only the job is still due, and it starts over")
                .contains("iterator=\"Start\"").doesNotContain("<GeneralSummaryReportQueryRq");
        assertThat(store.customers(COMPANY)).hasSize(CUSTOMERS);
        assertThat(history()).containsExactly("profit_loss:SUCCESS", "employees:SUCCESS", "job:SUCCESS");
    }

    private List<String> history() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = app.root.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select sync_type || ':' || outcome from qbwc_sync_history "
                     + "order by id")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
