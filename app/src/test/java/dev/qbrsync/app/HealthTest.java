package dev.qbrsync.app;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /health/ready} asks the real database: 503 while it is down or lacks a migration, 200 again once it is back;
 * {@code /health/live} and {@code /health} answer 200 throughout.
 */
class HealthTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(Javalin server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + dev.qbrsync.http.HttpServer.boundPort(server) + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The pool finds its dead connections out as it lends them, so the first answer after a restart may still be 503. */
    private boolean readyWithinSeconds(Javalin server, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (get(server, "/health/ready").statusCode() == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void readyGoes503WhenTheDatabaseIsDownOrNotMigratedAndLiveStays200(@TempDir Path directory) throws Exception {
        RestartablePostgres postgres = new RestartablePostgres(directory.resolve("pg"));
        CompositionRoot root = new CompositionRoot(AppConfig.from(postgres.environment(directory)),
                Clock.systemUTC());
        root.prepareToServe();
        Javalin server = root.httpServer().start();
        try {
            HttpResponse<String> ready = get(server, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"database\":\"reachable\",\"migrations\":\"applied\","
                    + "\"status\":\"ready\"}");

            postgres.stop();
            HttpResponse<String> down = get(server, "/health/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"database\":\"unreachable\",\"status\":\"not ready\"}");
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);

            postgres.start();
            assertThat(readyWithinSeconds(server, 10)).as("ready again once it is back").isTrue();

            try (Connection connection = root.database().dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("delete from flyway_schema_history where installed_rank = "
                        + "(select max(installed_rank) from flyway_schema_history)");
            }
            HttpResponse<String> behind = get(server, "/health/ready");
            assertThat(behind.statusCode()).isEqualTo(503);
            assertThat(behind.body()).contains("\"migrations\":\"1 pending\"");
        } finally {
            server.stop();
            root.close();
            postgres.close();
        }
    }
}
