package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.codec.soap.QbwcCall;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;

/**
 * Runs what a sync's reading runs on a built-in sample (a quarter's P&L and an employee list, in a receiveResponseXML
 * envelope): the SOAP reader and the qbXML readers, often enough for the JIT to compile them, and loads the web
 * server's classes. Nothing is stored and no company is touched; it runs on its own thread, so the first real sync
 * after a start reads with compiled code, not the interpreter. (The mapping and the metric calculation are the core's
 * internals, out of the application's reach.)
 */
final class SyncWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SyncWarmUp.class);
    /** Enough rounds for the readers' loops to reach the optimizing compiler (well under a second of one core). */
    static final int ROUNDS = 400;
    private static final SyncTask.ProfitAndLoss SAMPLE_QUARTER =
            new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

    private final QbxmlMessages messages = new QbxmlMessages();
    private final SoapRequestReader soap = new SoapRequestReader();
    private final byte[] reportEnvelope = receiveResponseXml(sample("profit-and-loss.xml"));
    private final String employees = sample("employees.xml");

    /**
     * Starts the warm-up on a daemon thread of its own: one round at once, loading and linking the classes a sync uses
     * beside the database's start, the others once {@code serving} opens, so they never delay readiness. A failure is
     * logged, never thrown at the start.
     */
    static Thread startInBackground(CountDownLatch serving) {
        Thread thread = new Thread(() -> {
            try {
                new SyncWarmUp().run(1);
                serving.await();
                long started = System.nanoTime();
                int months = new SyncWarmUp().run(ROUNDS);
                LOG.info("Warmed up the SOAP and qbXML readers on a sample ({} months read) in {} ms", months,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("The start-up warm-up failed; the first sync may be slower: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "qbr-sync-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Reads the sample {@code rounds} times; the months read in all, so nothing is optimized away. */
    int run(int rounds) {
        Javalin.create(); // unstarted: loads and links the web server's classes beside the database's start
        int months = 0;
        for (int round = 0; round < rounds; round++) {
            months += computeSample();
        }
        return months;
    }

    private int computeSample() {
        QbwcCall call = soap.read(new ByteArrayInputStream(reportEnvelope)).call();
        String report = ((QbwcCall.ReceiveResponseXml) call).response();
        QuickBooksResponse.ProfitAndLossReceived received =
                (QuickBooksResponse.ProfitAndLossReceived) messages.read(SAMPLE_QUARTER, report);
        QuickBooksResponse.EmployeesReceived roster =
                (QuickBooksResponse.EmployeesReceived) messages.read(new SyncTask.EmployeeList(), employees);
        return roster.roster().employees().isEmpty() ? 0 : received.report().months().size();
    }

    /** A receiveResponseXML call carrying {@code qbxml}, as the Web Connector posts it. */
    static byte[] receiveResponseXml(String qbxml) {
        String escaped = qbxml.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<receiveResponseXML xmlns=\"http://developer.intuit.com/\"><ticket>warm-up</ticket><response>"
                + escaped + "</response><hresult/><message/></receiveResponseXML></soap:Body></soap:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sample(String name) {
        try (InputStream in = SyncWarmUp.class.getResourceAsStream("/warm-up/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The warm-up sample " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
