package dev.qbrsync.app;

import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** QBR_STALE_SYNC_HOURS reaches /api/qbwc/status: a company whose last success is older is flagged stale. */
class StaleSyncStatusTest {

    private static String status(TestApp app, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/api/qbwc/status"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aCompanyWhoseLastSuccessIsOlderThanTheThresholdIsFlagged(@TempDir Path directory) throws Exception {
        MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);
        try (TestApp app = new TestApp(directory, clock, Map.of("QBR_STALE_SYNC_HOURS", "1"))) {
            String token = app.root.administration().apiAccess().create("stale test").secret();
            new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies())
                    .playSession(TestApp.USER, TestApp.PASSWORD);

            assertThat(status(app, token)).contains("\"stale\":false");
            clock.advance(Duration.ofMinutes(61));
            assertThat(status(app, token)).contains("\"stale\":true").contains("\"lastSuccessAt\":\"");
        }
    }
}
