package dev.qbrsync.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.qbrsync.app.WebConnectorClient.result;
import static dev.qbrsync.app.WebConnectorClient.strings;

/**
 * One Web Connector playing whole sessions over HTTP, answering each request as QuickBooks would, and timing every
 * SOAP call. Shared {@link Latencies} collect the figures of many connectors running at once.
 */
final class SimulatedWebConnector {
    private final WebConnectorClient client;
    private final Latencies latencies;
    private final FakeQuickBooks quickBooks;
    /** Every request message sendRequestXML handed out, in order. */
    final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Every answer getLastError gave, in order. */
    final List<String> lastErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    SimulatedWebConnector(URI endpoint, Latencies latencies, FakeQuickBooks quickBooks) {
        this(new WebConnectorClient(endpoint), latencies, quickBooks);
    }

    SimulatedWebConnector(WebConnectorClient client, Latencies latencies, FakeQuickBooks quickBooks) {
        this.client = client;
        this.latencies = latencies;
        this.quickBooks = quickBooks;
    }

    /** A Web Connector in front of the small company of {@link QuickBooksFixtures}. */
    SimulatedWebConnector(URI endpoint, Latencies latencies) {
        this(endpoint, latencies, QuickBooksFixtures.SMALL_MSP);
    }

    /** Plays one session; returns closeConnection's text, or authenticate's status when there was no session. */
    String playSession(String user, String password) throws Exception {
        timed("serverVersion");
        timed("clientVersion", "strVersion", "2.3.0.215");
        List<String> authenticated = strings(timed("authenticate", "strUserName", user, "strPassword", password));
        if (!authenticated.get(1).isEmpty()) {
            return authenticated.get(1);
        }
        String ticket = authenticated.get(0);
        int progress = 0;
        boolean first = true;
        while (progress >= 0 && progress < 100) {
            String[] newest = newestVersion().split("\\.");
            String request = result(timed("sendRequestXML", "ticket", ticket, "strHCPResponse",
                    first ? quickBooks.hostResponse() : "", "strCompanyFileName", quickBooks.file().path(),
                    "qbXMLCountry", quickBooks.host().country(), "qbXMLMajorVers", newest[0], "qbXMLMinorVers",
                    newest[1]), "sendRequestXMLResult");
            first = false;
            requests.add(request);
            if (request.isEmpty()) {
                latencies.errors.incrementAndGet();
                lastErrors.add(result(timed("getLastError", "ticket", ticket), "getLastErrorResult"));
                break;
            }
            progress = Integer.parseInt(result(timed("receiveResponseXML", "ticket", ticket, "response",
                    quickBooks.answer(request), "hresult", "", "message", ""), "receiveResponseXMLResult"));
        }
        if (progress < 0) {
            latencies.errors.incrementAndGet();
            lastErrors.add(result(timed("getLastError", "ticket", ticket), "getLastErrorResult"));
        }
        return result(timed("closeConnection", "ticket", ticket), "closeConnectionResult");
    }

    /** The newest qbXML version the Web Connector's request processor reports: the newest QuickBooks lists. */
    private String newestVersion() {
        return quickBooks.host().versions().stream()
                .max(java.util.Comparator.comparing(version -> Double.parseDouble(version)))
                .orElse("13.0");
    }

    private String timed(String method, String... parameters) throws Exception {
        long started = System.nanoTime();
        try {
            return client.call(method, parameters);
        } catch (Exception e) {
            latencies.errors.incrementAndGet();
            throw e;
        } finally {
            latencies.record(method, System.nanoTime() - started);
        }
    }

    /** Latencies per SOAP method and the error count, shared by concurrent connectors. */
    static final class Latencies {
        final Map<String, List<Long>> nanosByMethod = new ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();

        void record(String method, long nanos) {
            nanosByMethod.computeIfAbsent(method, m -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(nanos);
        }

        /** The p-th percentile in milliseconds (p between 0 and 100). */
        double percentileMillis(String method, double p) {
            List<Long> sorted = new ArrayList<>(nanosByMethod.getOrDefault(method, List.of()));
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            java.util.Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
        }
    }

}
