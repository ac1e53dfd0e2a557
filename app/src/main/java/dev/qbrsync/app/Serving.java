package dev.qbrsync.app;

import dev.qbrsync.core.QbwcCore;
import dev.qbrsync.core.access.FirstAdminSetup;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.persistence.JobLease;
import dev.qbrsync.persistence.ServerInstance;
import io.javalin.Javalin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What serving runs on, made once this process is registered as an instance serving sessions (its sessions record
 * it): the core, the metrics /metrics serves (one registry for the HTTP server and the periodic jobs) and the first
 * admin's setup, whose code is removed from the data directory once used; and from them the HTTP server and the
 * periodic jobs.
 */
final class Serving implements AutoCloseable {
    private final AppConfig config;
    private final PostgresAdapters adapters;
    private final Administration administration;
    private final Clock clock;
    private final ServerInstance instance;
    private final PrometheusMetrics prometheus;
    private final QbwcCore core;
    private final FirstAdminSetup firstAdminSetup;

    Serving(AppConfig config, PostgresAdapters adapters, Administration administration, SetupCodeNotice notice,
            Clock clock, List<QuickBooksJob> jobs) {
        this.config = config;
        this.adapters = adapters;
        this.administration = administration;
        this.clock = clock;
        instance = ServerInstance.register(adapters.database(), InstanceDescription.ofThisProcess());
        try {
            prometheus = new PrometheusMetrics(this::lastSuccessfulSyncs, clock);
            ServerJobs.backupDirectory(config).ifPresent(directory -> prometheus.watchBackups(directory::newest));
            core = PostgresCore.core(config, adapters, clock, instance.id(), prometheus, jobs);
            firstAdminSetup = new FirstAdminSetup(core.apiAccess(), adapters.setupCodes(), adapters.loginFailures(),
                    administration.auditor(), clock, notice::remove);
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
    }

    private Map<CompanyId, Instant> lastSuccessfulSyncs() {
        return core.overview().lastSuccessfulSyncs();
    }

    FirstAdminSetup firstAdminSetup() {
        return firstAdminSetup;
    }

    /** The HTTP server with every service, unstarted. */
    Javalin httpServer() {
        return HttpAssembly.server(config, core, adapters.database(), prometheus, firstAdminSetup,
                administration.qwcFiles());
    }

    /** The jobs a running server repeats, each in one instance at a time. */
    PeriodicJobs periodicJobs() {
        return ServerJobs.of(config, adapters, new JobLease(adapters.database(), instance.id()),
                core.abandonedSessions(), administration.backups(), prometheus, clock);
    }

    /** Closes the core, then marks this instance stopped, while the database is still open. */
    @Override
    public void close() {
        try {
            core.close();
        } finally {
            instance.close();
        }
    }
}
