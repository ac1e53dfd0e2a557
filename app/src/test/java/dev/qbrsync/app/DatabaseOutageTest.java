package dev.qbrsync.app;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.qbrsync.app.WebConnectorClient.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops in the middle of a Web Connector session: the SOAP calls still answer cleanly, nothing
 * half-written remains, and once the database is back the next session completes. A report delivered twice does not
 * double-count.
 */
class DatabaseOutageTest {

    private static Map<String, BigDecimal> storedMetrics(CompositionRoot root) throws Exception {
        Map<String, BigDecimal> values = new HashMap<>();
        try (Connection connection = root.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select period || ':' || metric_name, metric_value "
                     + "from qbr_metrics_monthly where data_source in ('quickbooks', 'calculated')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getBigDecimal(2));
            }
        }
        return values;
    }

    @Test
    void aDatabaseOutageMidSessionLosesNothingAndTheNextSessionCompletes(@TempDir Path directory) throws Exception {
        RestartablePostgres postgres = new RestartablePostgres(directory.resolve("pg"));
        Map<String, String> env = postgres.environment(directory);
        env.put("QBR_SYNC_WINDOW_MONTHS", "0");
        CompositionRoot root = new CompositionRoot(AppConfig.from(env), Clock.systemUTC());
        root.prepareToServe();
        Javalin server = root.httpServer().start();
        WebConnectorClient qbwc = new WebConnectorClient(URI.create("http://127.0.0.1:"
                + dev.qbrsync.http.HttpServer.boundPort(server) + "/api/qbwc"));
        try {
            String ticket = qbwc.authenticate();
            String request = qbwc.sendRequest(ticket);
            String report = QuickBooksFixtures.answer(request);
            assertThat(request).contains("GeneralSummaryReportQueryRq");

            postgres.stop();
            assertThat(qbwc.receive(ticket, report)).isEqualTo("-1");
            assertThat(result(qbwc.call("getLastError", "ticket", ticket), "getLastErrorResult"))
                    .contains("cannot reach its database");

            postgres.start();
            // The pool checks a connection it lent out less than half a second ago without a round trip, so the very
            // first call after a restart could still meet a dead one; the Web Connector's next call comes seconds later.
            Thread.sleep(600);
            assertThat(result(qbwc.call("closeConnection", "ticket", ticket), "closeConnectionResult"))
                    .contains("0 of 2 requests stored");
            assertThat(storedMetrics(root)).isEmpty();
            String next = qbwc.authenticate();
            report = QuickBooksFixtures.answer(qbwc.sendRequest(next));
            assertThat(qbwc.receive(next, report)).isEqualTo("100");
            assertThat(qbwc.receive(next, report)).as("the same response again, out of order").isEqualTo("-1");
            qbwc.call("closeConnection", "ticket", next);
            Map<String, BigDecimal> stored = storedMetrics(root);
            assertThat(stored).isNotEmpty().containsValue(new BigDecimal("500.00"));

            String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
            root.administration().ledger().requestResync(CompositionRoot.DEFAULT_COMPANY,
                    List.of(java.time.YearMonth.parse(month)));
            String third = qbwc.authenticate();
            report = QuickBooksFixtures.answer(qbwc.sendRequest(third));
            qbwc.receive(third, report);
            assertThat(storedMetrics(root)).as("the same report delivered again does not double-count")
                    .isEqualTo(stored);
        } finally {
            server.stop();
            root.close();
            postgres.close();
        }
    }
}
