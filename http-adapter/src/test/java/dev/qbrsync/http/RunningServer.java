package dev.qbrsync.http;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ReportBuilder;
import dev.qbrsync.http.soap.QwcFiles;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP server on the whole in-memory core, started on a free loopback port, with one API token issued. */
final class RunningServer implements AutoCloseable {
    static final String OWNER_ID = "{6A1F3B2C-0D4E-4F5A-8B9C-1D2E3F4A5B6C}";
    final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    final InMemoryCore core = new InMemoryCore(clock);
    final String token = core.apiAccess.create("tests").secret();
    final Javalin app;
    final HttpClient client = HttpClient.newHttpClient();

    RunningServer(HttpSettings settings) {
        app = HttpServer.create(services(core, readiness::get), stoppingAtOnce(settings)).start();
    }

    /**
     * These settings without the stop's grace period. A stop with one waits for every open connection to close, and
     * Jetty closes an idle keep-alive connection (the test's client keeps one) only after a second: a second per test.
     * No call is in flight when a test stops its server.
     */
    static HttpSettings stoppingAtOnce(HttpSettings settings) {
        return new HttpSettings(settings.host(), settings.port(), settings.publicUrl(), settings.maxBodyBytes(),
                settings.tls(), settings.trustedProxies(), settings.webConnectorSources(), settings.corsOrigins(),
                Duration.ZERO, settings.signInProvider());
    }

    /** Behind a reverse proxy on 127.0.0.1, so a test names the client's address with X-Forwarded-For. */
    static RunningServer behindTrustedProxy() {
        return new RunningServer(new HttpSettings("127.0.0.1", 0, "https://qbr.example.com",
                HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty(), List.of(Cidr.parse("127.0.0.1/32")), List.of(),
                List.of()));
    }

    RunningServer(long maxBodyBytes) {
        this(new HttpSettings("127.0.0.1", 0, "https://qbr.example.com", maxBodyBytes, Optional.empty()));
    }

    /** Ready unless a test says otherwise through {@link #readiness}. */
    final AtomicReference<ReadinessCheck.Readiness> readiness = new AtomicReference<>(
            new ReadinessCheck.Readiness(true, Map.of("core", "in memory")));

    static HttpServices services(InMemoryCore core) {
        return services(core, () -> new ReadinessCheck.Readiness(true, Map.of("core", "in memory")));
    }

    static HttpServices services(InMemoryCore core, ReadinessCheck readiness) {
        return new HttpServices(core.webConnector, core.mappingAdministration, core.accountsReview, core.overview,
                core.apiAccess, core.ruleChangePreview, core.browserAccess, core.companyAdministration, readiness,
                Monitoring.NONE, core.firstAdminSetup, new QwcFiles("https://qbr.example.com", () -> OWNER_ID));
    }

    RunningServer() {
        this(HttpSettings.DEFAULT_MAX_BODY_BYTES);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HttpServer.boundPort(app) + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token));
    }

    HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * What the server answers, headers and body, to a request written byte for byte; the request should say
     * {@code Connection: close}, as the answer is read to its end.
     */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", HttpServer.boundPort(app))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Announces a body of {@code declaredBytes} and sends none of it: a body over the limit must be refused from its
     * Content-Length alone. (Sending the body as well races the server's close after its 413, which can lose the
     * answer on the client's side.)
     */
    String announceBody(String path, String contentType, long declaredBytes) throws IOException {
        return raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + declaredBytes + "\r\n\r\n");
    }

    HttpResponse<String> soap(String envelope) throws Exception {
        return send(HttpRequest.newBuilder(uri(HttpServer.SOAP_PATH))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://developer.intuit.com/x\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
    }

    /** A SOAP call as if from {@code clientAddress}, told by a trusted proxy (the server must trust 127.0.0.1). */
    HttpResponse<String> soapFrom(String clientAddress, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(HttpServer.SOAP_PATH))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(envelope(body))));
    }

    /** authenticate's answer from {@code clientAddress}, its strings joined by '|'. */
    String authenticateFrom(String clientAddress, String user, String password) throws Exception {
        String response = soapFrom(clientAddress, "<authenticate xmlns=\"http://developer.intuit.com/\"><strUserName>"
                + user + "</strUserName><strPassword>" + password + "</strPassword></authenticate>").body();
        List<String> strings = new ArrayList<>();
        Matcher matcher = Pattern.compile("<string>([^<]*)</string>|<string ?/>").matcher(response);
        while (matcher.find()) {
            strings.add(matcher.group(1) == null ? "" : matcher.group(1));
        }
        return String.join("|", strings);
    }

    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope "
                + "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
                + "</soap:Body></soap:Envelope>";
    }

    /** Stores one report by playing the first request of a Web Connector session on the core. */
    void syncOneReport() {
        Caller caller = Caller.unknown();
        String ticket = core.webConnector.authenticate(caller, Authenticate.as("qbwc", "secret".toCharArray()))
                .ticket();
        String request = core.webConnector.sendRequestXML(caller, SendRequestXml.forTicket(ticket).qbxml("US", 13, 0));
        String range = request.replaceAll(".*PNL:([0-9-]+\\.\\.[0-9-]+).*", "$1");
        YearMonth first = YearMonth.parse(range.substring(0, 7));
        YearMonth[] months = java.util.stream.Stream.iterate(first,
                m -> !m.isAfter(YearMonth.parse(range.substring(9))),
                m -> m.plusMonths(1)).toArray(YearMonth[]::new);
        String[] amounts = java.util.Collections.nCopies(months.length, "100.00").toArray(String[]::new);
        core.quickBooks.respond("report", new QuickBooksResponse.ProfitAndLossReceived(QbxmlStatus.ok(),
                ReportBuilder.forMonths(months).account(ReportSection.INCOME, "Tier Two Plans", amounts).build()));
        core.quickBooks.respond("staff", new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(),
                new dev.qbrsync.core.report.EmployeeRoster(java.util.List.of())));
        core.webConnector.receiveResponseXML(caller, ReceiveResponseXml.answer(ticket, "report+staff"));
    }

    @Override
    public void close() {
        app.stop();
    }
}
