package dev.qbrsync.app;

import dev.qbrsync.http.HttpServer;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The server as {@code serve} runs it, with its periodic jobs, and its stop, in this order: no new connections are
 * accepted, the calls in flight finish (for at most the stop timeout), the jobs stop, this instance is marked
 * stopped, the database pool closes, and the embedded PostgreSQL stops. Each step is logged as it actually went.
 */
public final class RunningApplication {
    private static final Logger LOG = LoggerFactory.getLogger(RunningApplication.class);

    private final CompositionRoot root;
    private final Javalin server;
    private final PeriodicJobs jobs;
    private final Duration stopTimeout;
    private StopReport stopped;

    private RunningApplication(CompositionRoot root, Javalin server, PeriodicJobs jobs, Duration stopTimeout) {
        this.root = root;
        this.server = server;
        this.jobs = jobs;
        this.stopTimeout = stopTimeout;
    }

    /**
     * Starts the database (embedded unless QBR_DATABASE_URL is set), the HTTP server and the periodic jobs; the sync
     * pipeline warms up on a thread of its own, mostly once the server answers, on the JVM's first start
     * ({@link SyncWarmUp}).
     */
    public static RunningApplication start(AppConfig config, Clock clock) {
        CountDownLatch serving = new CountDownLatch(1);
        SyncWarmUp.startOnceInBackground(serving);
        try {
            return startServing(config, clock);
        } finally {
            serving.countDown();
        }
    }

    private static RunningApplication startServing(AppConfig config, Clock clock) {
        CompositionRoot root = new CompositionRoot(config, clock);
        try {
            root.prepareToServe();
            Javalin server = root.httpServer().start();
            PeriodicJobs jobs = root.periodicJobs();
            jobs.start();
            return new RunningApplication(root, server, jobs, config.http().stopTimeout());
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    public int port() {
        return HttpServer.boundPort(server);
    }

    public CompositionRoot root() {
        return root;
    }

    /**
     * What a stop did.
     *
     * @param callsInFlight calls being answered when the stop began
     * @param callsCutOff   calls still running when the stop timeout ran out, ended without their answer
     */
    public record StopReport(long callsInFlight, long callsCutOff, Duration took) {
    }

    /** Stops everything, once; a second call returns the first one's report. */
    public synchronized StopReport stop() {
        if (stopped != null) {
            return stopped;
        }
        long started = System.nanoTime();
        long inFlight = HttpServer.callsInFlight(server);
        LOG.info("Stopping: new connections are refused; {} call(s) in flight have up to {} s to finish", inFlight,
                stopTimeout.toSeconds());
        try {
            server.stop();
        } catch (RuntimeException e) {
            // Jetty reports a stop timeout this way; what it means is counted just below.
            LOG.debug("The HTTP server's stop reported a problem", e);
        }
        long cutOff = HttpServer.callsInFlight(server);
        if (cutOff == 0) {
            LOG.info("Every call in flight finished");
        } else {
            LOG.warn("{} call(s) were still running after {} s and were cut off", cutOff, stopTimeout.toSeconds());
        }
        jobs.close();
        try {
            root.close();
            LOG.info(root.runsEmbeddedDatabase() ? "Stopped: database pool closed, embedded PostgreSQL stopped"
                    : "Stopped: database pool closed");
        } catch (RuntimeException e) {
            LOG.warn("Stopped, but the database did not close cleanly: {}", e.getMessage());
        }
        stopped = new StopReport(inFlight, cutOff, Duration.ofNanos(System.nanoTime() - started));
        return stopped;
    }
}
