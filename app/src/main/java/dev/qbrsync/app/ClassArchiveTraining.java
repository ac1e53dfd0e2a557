package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.OwnerOnlyFiles;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The training run of {@code class-archive}: a throwaway server on a temporary data directory and loopback ports
 * starts as {@code serve} starts (its embedded PostgreSQL, migrations, wiring, warm-up), answers a few requests of
 * each kind, stops and deletes its data directory. The JVM running it writes every class it loaded into the archive
 * when it exits (-XX:ArchiveClassesAtExit); no real data directory or company is touched.
 */
public final class ClassArchiveTraining {
    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        run(Files.createTempDirectory("qbr-class-archive"));
    }

    /** Trains on a new server in {@code dataDirectory}, then deletes the directory whatever happened. */
    static void run(Path dataDirectory) throws IOException {
        try {
            train(dataDirectory);
        } finally {
            OwnerOnlyFiles.deleteTree(dataDirectory);
        }
    }

    private static void train(Path dataDirectory) throws IOException {
        AppConfig config = AppConfig.from(Map.of("QBR_DATA_DIR", dataDirectory.toString(), "QBR_HOST", "127.0.0.1",
                "QBR_PORT", "0", "QBR_EMBEDDED_DB_PORT", Integer.toString(freePort())));
        RunningApplication application = RunningApplication.start(config, Clock.systemUTC());
        try {
            new SyncWarmUp().run(1);
            String base = "http://127.0.0.1:" + application.port();
            answered(base + "/health/ready", null);
            answered(base + "/api/qbwc?wsdl", null);
            answered(base + "/", null);
            answered(base + "/api/qbwc", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                    + "<soap:Body><serverVersion xmlns=\"http://developer.intuit.com/\"/></soap:Body></soap:Envelope>");
        } finally {
            application.stop();
        }
    }

    /** One request, which must be answered 200; the answer is read and dropped: only the classes it loads matter. */
    private static void answered(String url, String soapBody) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (soapBody != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
            connection.getOutputStream().write(soapBody.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        if (status != 200) {
            throw new IllegalStateException("The training server answered " + url + " with " + status);
        }
        try (var body = connection.getInputStream()) {
            body.readAllBytes();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
