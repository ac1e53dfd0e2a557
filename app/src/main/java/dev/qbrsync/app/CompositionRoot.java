package dev.qbrsync.app;

import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.persistence.Database;
import io.javalin.Javalin;

import java.time.Clock;
import java.util.List;

/**
 * Wires the application with plain {@code new}: the database and its adapters, the administration the command line
 * uses, and, once {@link #prepareToServe()} has written what serving needs, the HTTP server and the periodic jobs.
 */
public final class CompositionRoot implements AutoCloseable {
    /** The company the environment-configured Web Connector user syncs: the dashboard's own, organization 1. */
    public static final CompanyId DEFAULT_COMPANY = CompanyId.of("1");
    public static final String SERVER_VERSION = "QBR Sync 0.1.0";

    private final AppConfig config;
    private final Clock clock;
    private final List<QuickBooksJob> jobs;
    private final ApplicationDatabase storage;
    private final PostgresAdapters adapters;
    private final Administration administration;
    private final SetupCodeNotice setupCodeNotice;
    private Serving serving;

    public CompositionRoot(AppConfig config, Clock clock) {
        this(config, clock, List.of());
    }

    /** The application that also runs an embedder's own jobs in the Web Connector's sessions. */
    public CompositionRoot(AppConfig config, Clock clock, List<? extends QuickBooksJob> jobs) {
        this.config = config;
        this.clock = clock;
        this.jobs = List.copyOf(jobs);
        this.storage = ApplicationDatabase.open(config);
        this.adapters = PostgresAdapters.on(storage.database(), clock);
        this.administration = new Administration(config, adapters, clock);
        this.setupCodeNotice = new SetupCodeNotice(config.database().dataDirectory(), storage.isEmbedded(),
                config.http().publicUrl());
    }

    public Database database() {
        return storage.database();
    }

    /** True when this process runs PostgreSQL itself (no QBR_DATABASE_URL). */
    public boolean runsEmbeddedDatabase() {
        return storage.isEmbedded();
    }

    /** Tokens, companies, backups: what the command line does without a server. */
    public Administration administration() {
        return administration;
    }

    /**
     * What serving writes to the database before the first call, kept out of the wiring: the environment's Web
     * Connector user (QBWC_USERNAME, QBWC_PASSWORD_HASH) is given to the default company, this process is registered as
     * an instance serving sessions, and while no API token exists a first admin's one-time setup code is offered (see
     * {@link SetupCodeNotice}). Without any company login, every Web Connector login is refused.
     */
    public synchronized void prepareToServe() {
        administration.adoptConfiguredLogin();
        if (serving == null) {
            serving = new Serving(config, adapters, administration, setupCodeNotice, clock, jobs);
        }
        setupCodeNotice.offer(serving.firstAdminSetup());
    }

    /** The HTTP server with every service, unstarted. */
    public Javalin httpServer() {
        return serving().httpServer();
    }

    /** The jobs a running server repeats: each in one instance at a time. */
    PeriodicJobs periodicJobs() {
        return serving().periodicJobs();
    }

    private synchronized Serving serving() {
        if (serving == null) {
            throw new IllegalStateException("prepareToServe() registers this instance before the server is wired");
        }
        return serving;
    }

    /** Closes everything; this instance is marked stopped while the database is still open. */
    @Override
    public synchronized void close() {
        try (storage) {
            if (serving != null) {
                serving.close();
            }
        }
    }
}
