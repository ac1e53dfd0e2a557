package dev.qbrsync.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start of the whole application: with no token, the setup code goes to the log and to an owner-only file
 * in the data directory; signing in with it makes the first admin and deletes the file; a later start offers none.
 */
@Isolated
class FirstStartTest {

    @Test
    void theSetupCodeIsLoggedAndWrittenOwnerOnlyThenGoneOnceUsed(@TempDir Path dataDirectory) throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger notices = (Logger) LoggerFactory.getLogger(SetupCodeNotice.class);
        // The code is a notice (INFO); the tests' configuration keeps only warnings.
        notices.setLevel(Level.INFO);
        notices.addAppender(log);
        Path file = dataDirectory.resolve(SetupCodeNotice.FILE_NAME);
        try (TestApp app = TestApp.fresh(dataDirectory, Clock.systemUTC(), Map.of())) {
            String code = Files.readString(file).trim();
            assertThat(code).startsWith("qbr-setup-");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(log.list).singleElement().satisfies(line ->
                    assertThat(line.getFormattedMessage()).contains(code, "one-time setup code", file.toString()));

            HttpResponse<String> signedIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    app.uri("/ui/sign-in")).header("Content-Type", "application/json").POST(
                    HttpRequest.BodyPublishers.ofString("{\"token\":\"" + code + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(signedIn.statusCode()).isEqualTo(201);
            assertThat(signedIn.body()).contains("\"role\":\"admin\"");
            assertThat(file).doesNotExist();
            assertThat(StoredAudit.actions(app.root.database())).contains("api.token.create");
        } finally {
            notices.detachAppender(log);
        }
        log.list.clear();
        notices.addAppender(log);
        try (TestApp again = TestApp.fresh(dataDirectory, Clock.systemUTC(), Map.of())) {
            assertThat(file).as("a token exists: no code").doesNotExist();
            assertThat(log.list).isEmpty();
            assertThat(again.root.administration().apiAccess().anyActive()).isTrue();
        } finally {
            notices.detachAppender(log);
            notices.setLevel(null);
        }
    }
}
