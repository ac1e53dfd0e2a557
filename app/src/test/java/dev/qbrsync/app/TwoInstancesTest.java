package dev.qbrsync.app;

import dev.qbrsync.core.testing.MutableClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances of the whole application, each with its own HTTP server on a real socket, on one PostgreSQL, as N
 * instances behind a round-robin proxy run: the calls of one Web Connector session may go to any of them, and a
 * lockout earned on one holds on the others. Each test syncs a company of its own.
 */
class TwoInstancesTest {
    @TempDir
    static Path directory;
    /** Frozen, so a lockout's wait cannot run out while the test looks at it. */
    private static final MutableClock CLOCK = new MutableClock(Instant.now(), ZoneOffset.UTC);
    private static ManyCompanies companies;
    private static EmbeddedPostgres postgres;
    private static Map<String, String> environment;
    private static RunningApplication first;
    private static RunningApplication second;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("pg")).start();
        environment = new HashMap<>(TestApp.settings(directory));
        environment.put("QBR_DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        first = RunningApplication.start(AppConfig.from(environment), CLOCK);
        second = RunningApplication.start(AppConfig.from(environment), CLOCK);
        companies = new ManyCompanies(first.root(), 4);
    }

    @AfterAll
    static void stop() throws Exception {
        first.stop();
        second.stop();
        postgres.close();
    }

    private static URI endpoint(RunningApplication app) {
        return URI.create("http://127.0.0.1:" + app.port() + "/api/qbwc");
    }



    private static List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = first.root().database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    @Test
    void aWebConnectorSessionWhoseCallsAlternateBetweenTheInstancesCompletesAndALockoutHoldsOnBoth() throws Exception {
        String company = companies.create();
        String user = ManyCompanies.userFor(company);
        WebConnectorClient roundRobin = new WebConnectorClient(List.of(endpoint(first), endpoint(second)));

        String outcome = new SimulatedWebConnector(roundRobin, new SimulatedWebConnector.Latencies(),
                ManyCompanies.booksOf(company)).playSession(user, ManyCompanies.PASSWORD);

        assertThat(outcome).isEqualTo("Sync complete: 2 of 2 requests stored in one round trip.");
        assertThat(roundRobin.served()).as("serverVersion, clientVersion, authenticate, send, receive, "
                + "closeConnection, each on the other instance than the call before")
                .hasSize(6).containsSequence(endpoint(first), endpoint(second), endpoint(first), endpoint(second));
        assertThat(query("select outcome from qbwc_sync_history where organization_id = " + company))
                .containsExactly("SUCCESS", "SUCCESS");

        WebConnectorClient attacker = new WebConnectorClient(endpoint(first));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(strings(attacker.call("authenticate", "strUserName", user, "strPassword",
                    "wrong guess " + attempt)).get(1)).isEqualTo("nvu");
        }
        List<String> onTheOther = strings(new WebConnectorClient(endpoint(second))
                .call("authenticate", "strUserName", user, "strPassword", ManyCompanies.PASSWORD));

        assertThat(onTheOther.get(1)).as("the right password, refused on the other instance").isEqualTo("nvu");
        assertThat(query("select failure_reason from qbr_audit_log where action = 'qbwc.authenticate' "
                + "order by id desc limit 1")).singleElement().asString()
                .startsWith("refused without checking the password: too many failed logins");
    }

    @Test
    void aSessionWhoseInstanceIsStoppedBetweenTwoCallsGoesOnOnAnother() throws Exception {
        String company = companies.create();
        FakeQuickBooks books = ManyCompanies.booksOf(company);
        RunningApplication leaving = RunningApplication.start(AppConfig.from(environment), CLOCK);
        WebConnectorClient toLeaving = new WebConnectorClient(endpoint(leaving));
        String ticket = strings(toLeaving.call("authenticate", "strUserName", ManyCompanies.userFor(company),
                "strPassword", ManyCompanies.PASSWORD)).get(0);
        String request = result(toLeaving.call("sendRequestXML", "ticket", ticket, "strHCPResponse",
                books.hostResponse(), "strCompanyFileName", books.file().path(), "qbXMLCountry", "US",
                "qbXMLMajorVers", "13", "qbXMLMinorVers", "0"), "sendRequestXMLResult");

        leaving.stop();
        String progress = result(new WebConnectorClient(endpoint(second)).call("receiveResponseXML", "ticket", ticket,
                "response", books.answer(request), "hresult", "", "message", ""),
                "receiveResponseXMLResult");

        assertThat(progress).as("the answer QuickBooks gave while its instance stopped is stored by another")
                .isEqualTo("100");
    }
}
