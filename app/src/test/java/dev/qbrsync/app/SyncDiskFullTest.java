package dev.qbrsync.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static dev.qbrsync.app.WebConnectorClient.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL's disk fills while QuickBooks' answer is on its way: the answer is refused as a whole
 * (nothing half-written, no metric stored), the server goes on answering, and once there is room the next session
 * stores everything. The data directory is a small tmpfs; where one cannot be mounted the test is skipped.
 */
@Isolated
class SyncDiskFullTest {

    @Test
    void aSyncMeetingAFullDiskStoresNothingAndTheNextOneStoresEverything(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("data");
        Logger exchange = (Logger) LoggerFactory.getLogger("dev.qbrsync.core.exchange.internal.StorageFailure");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        exchange.addAppender(log);
        try (SmallDisk disk = SmallDisk.mount(data, "400m");
             TestApp app = TestApp.onEmbeddedDatabase(data, Clock.systemUTC(), Map.of("QBR_SYNC_WINDOW_MONTHS", "0"))) {
            WebConnectorClient qbwc = new WebConnectorClient(app.uri("/api/qbwc"));
            String ticket = qbwc.authenticate();
            String report = QuickBooksFixtures.answer(qbwc.sendRequest(ticket));

            disk.fill();
            assertThat(qbwc.receive(ticket, report)).isEqualTo("-1");
            assertThat(log.list).anyMatch(line -> line.getFormattedMessage().matches("Storing .* for company 1 failed; "
                    + "it stays due") && line.getThrowableProxy().getMessage().contains("No space left on device"));
            assertThat(result(qbwc.call("getLastError", "ticket", ticket), "getLastErrorResult")).isNotBlank();
            qbwc.call("closeConnection", "ticket", ticket);
            disk.free();

            assertThat(StoredMetrics.all(app.root, "1")).isEmpty();
            String next = qbwc.authenticate();
            assertThat(qbwc.receive(next, QuickBooksFixtures.answer(qbwc.sendRequest(next)))).isEqualTo("100");
            assertThat(result(qbwc.call("closeConnection", "ticket", next), "closeConnectionResult"))
                    .startsWith("Sync complete");
            assertThat(StoredMetrics.all(app.root, "1")).hasSize(14);
            assertThat(Files.readString(data.resolve("postgres.log"))).contains("No space left on device");
        } finally {
            exchange.detachAppender(log);
        }
    }
}
