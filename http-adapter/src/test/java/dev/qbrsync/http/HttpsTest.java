package dev.qbrsync.http;

import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Native HTTPS from a PKCS12 keystore, as QBWC requires off localhost, with a certificate made for the test. */
class HttpsTest {
    private static final char[] PASSWORD = "changeit-test".toCharArray();

    static Path selfSignedKeystore(Path directory) throws Exception {
        Path keystore = directory.resolve("qbr-sync.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "qbr-sync", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        return keystore;
    }

    private static HttpClient trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    @Test
    void servesHttpsWithTheConfiguredCertificate(@TempDir Path directory) throws Exception {
        Path keystore = selfSignedKeystore(directory);
        InMemoryCore core = new InMemoryCore(MutableClock.utc("2026-02-10T12:00:00Z"));
        Javalin app = HttpServer.create(RunningServer.services(core), new HttpSettings("127.0.0.1", 0, "https://localhost",
                HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.of(new HttpSettings.Tls(keystore, PASSWORD)))).start();
        try {
            URI health = URI.create("https://localhost:" + HttpServer.boundPort(app) + "/health");

            HttpResponse<String> response = trusting(keystore).send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(app.jettyServer().server().getConnectors()).as("HTTPS only, no plain HTTP").hasSize(1);
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
        } finally {
            app.stop();
        }
    }
}
