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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the whole application, each with its own HTTP server on a real socket, on one PostgreSQL, as N
 * instances behind a round-robin proxy run: every call of a Web Connector session goes to the other instance than the
 * call before, and a lockout earned on one holds on the other.
 */
class TwoInstancesTest {
    @TempDir
    static Path directory;
    /** Frozen, so a lockout's wait cannot run out while the test looks at it. */
    private static final MutableClock CLOCK = new MutableClock(Instant.now(), ZoneOffset.UTC);
    private static EmbeddedPostgres postgres;
    private static RunningApplication first;
    private static RunningApplication second;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("pg")).start();
        Map<String, String> env = new HashMap<>(TestApp.environment(directory));
        env.put("QBR_DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        first = RunningApplication.start(AppConfig.from(env), CLOCK);
        second = RunningApplication.start(AppConfig.from(env), CLOCK);
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
        WebConnectorClient roundRobin = new WebConnectorClient(List.of(endpoint(first), endpoint(second)));

        String outcome = new SimulatedWebConnector(roundRobin, new SimulatedWebConnector.Latencies(),
                QuickBooksFixtures.SMALL_MSP).playSession(TestApp.USER, TestApp.PASSWORD);

        assertThat(outcome).isEqualTo("Sync complete: 2 of 2 requests stored.");
        assertThat(roundRobin.served()).as("serverVersion, clientVersion, authenticate, then send and receive twice, "
                + "closeConnection, each on the other instance than the call before")
                .hasSize(8).containsSequence(endpoint(first), endpoint(second), endpoint(first), endpoint(second));
        assertThat(query("select outcome from qbwc_sync_history")).containsExactly("SUCCESS", "SUCCESS");
        assertThat(query("select count(distinct instance_id) from qbr_instances where stopped_at is null"))
                .containsExactly("2");

        WebConnectorClient attacker = new WebConnectorClient(endpoint(first));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(WebConnectorClient.strings(attacker.call("authenticate", "strUserName", TestApp.USER,
                    "strPassword", "wrong guess " + attempt)).get(1)).isEqualTo("nvu");
        }
        List<String> onTheOther = WebConnectorClient.strings(new WebConnectorClient(endpoint(second))
                .call("authenticate", "strUserName", TestApp.USER, "strPassword", TestApp.PASSWORD));

        assertThat(onTheOther.get(1)).as("the right password, refused on the other instance").isEqualTo("nvu");
        assertThat(query("select failure_reason from qbr_audit_log where action = 'qbwc.authenticate' "
                + "order by id desc limit 1")).singleElement().asString()
                .startsWith("refused without checking the password: too many failed logins");
    }
}
