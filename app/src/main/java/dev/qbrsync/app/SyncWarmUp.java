package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.codec.soap.QbwcCall;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.company.PasswordHasher;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.ReceiveResponseXml;
import dev.qbrsync.core.exchange.SendRequestXml;
import dev.qbrsync.core.exchange.WebConnectorSettings;
import dev.qbrsync.core.metrics.StoredMetric;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays whole Web Connector sessions on a built-in sample (a quarter's P&L and an employee list in one answer, as the
 * Web Connector posts it) through a throwaway in-memory core with the real codec: the SOAP reader, the request writer,
 * the qbXML readers, the checks, the mapping and the metric calculation run often enough for the JIT to compile
 * them, and the web server's classes are loaded. Nothing reaches the database and no real company is touched; it runs
 * on its own thread, so the first real sync after a start runs compiled code, not the interpreter.
 */
final class SyncWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SyncWarmUp.class);
    /** Enough sessions for the pipeline's loops to reach the optimizing compiler (about a second of one core). */
    static final int ROUNDS = 200;
    static final YearMonth FIRST = YearMonth.of(2026, 1);
    static final YearMonth LAST = YearMonth.of(2026, 3);
    /** The day the sample was taken: its window is January to March. */
    private static final Clock SAMPLE_DAY = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    private static final AtomicBoolean STARTED_IN_THIS_JVM = new AtomicBoolean();

    private final SoapRequestReader soap = new SoapRequestReader();
    private final byte[] answerEnvelope = receiveResponseXml(sample("session-answer.xml"));

    /**
     * {@link #startInBackground} for the first application this JVM starts only: compiled code stays compiled, so
     * another application started in the same JVM (a restart by an embedder, the tests' many) has nothing to warm.
     */
    static Optional<Thread> startOnceInBackground(CountDownLatch serving) {
        return STARTED_IN_THIS_JVM.compareAndSet(false, true) ? Optional.of(startInBackground(serving))
                : Optional.empty();
    }

    /**
     * Starts the warm-up on a daemon thread of its own: one session at once, loading and linking the classes a sync
     * uses beside the database's start, the others once {@code serving} opens, so they never delay readiness. A
     * failure is logged, never thrown at the start.
     */
    static Thread startInBackground(CountDownLatch serving) {
        Thread thread = new Thread(() -> {
            try {
                new SyncWarmUp().run(1);
                serving.await();
                long started = System.nanoTime();
                new SyncWarmUp().run(ROUNDS);
                LOG.info("Warmed up the sync pipeline on a sample ({} sessions, nothing stored) in {} ms", ROUNDS,
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

    /** Plays {@code sessions} sessions, each for a new company; the metrics the last one stored, January to March. */
    List<StoredMetric> run(int sessions) {
        Javalin.create(); // unstarted: loads and links the web server's classes beside the database's start
        try (QbwcCore core = QbwcCore.builder().clock(SAMPLE_DAY).quickBooks(new QbxmlMessages())
                .settings(WebConnectorSettings.DEFAULT.withWindowMonths(2)).passwords(new UnsaltedPasswords())
                .passwordCheckThreads(1).build()) {
            List<StoredMetric> metrics = List.of();
            for (int session = 1; session <= sessions; session++) {
                metrics = playSession(core, session);
            }
            return metrics;
        }
    }

    private List<StoredMetric> playSession(QbwcCore core, int session) {
        char[] password = "warm-up sample".toCharArray();
        String user = "warm-up-" + session;
        Company company = core.companyAdministration().add(Requester.commandLine(), "Warm-up " + session, user,
                password);
        String ticket = core.webConnector().authenticate(Caller.unknown(), Authenticate.as(user, password)).ticket();
        core.webConnector().sendRequestXML(Caller.unknown(), SendRequestXml.forTicket(ticket).qbxml("US", 13, 0));
        var answer = (QbwcCall.ReceiveResponseXml) soap.read(new ByteArrayInputStream(answerEnvelope)).call();
        core.webConnector().receiveResponseXML(Caller.unknown(), ReceiveResponseXml.answer(ticket, answer.response()));
        core.webConnector().closeConnection(Caller.unknown(), ticket);
        return core.overview().metrics(CompanyScope.every(), company.id(), FIRST, LAST);
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

    /** The throwaway core's passwords guard nothing, so they cost nothing: bcrypt would be most of the warm-up. */
    private static final class UnsaltedPasswords implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            return new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            return Arrays.equals(password, hash.toCharArray());
        }
    }
}
