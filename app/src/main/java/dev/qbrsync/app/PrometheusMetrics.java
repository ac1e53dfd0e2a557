package dev.qbrsync.app;

import dev.qbrsync.core.exchange.SyncEvents;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.http.Monitoring;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The metrics Prometheus scrapes at {@code /metrics}, kept with Micrometer: what the core and the SOAP endpoint report,
 * and per company the age of its last successful sync, read when scraped. {@code /metrics} needs no token, so series
 * name a company only by its id (the dashboard's organization number), never by its name.
 */
final class PrometheusMetrics implements SyncEvents, Monitoring {
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Supplier<Map<CompanyId, Instant>> lastSuccesses;
    private final Clock clock;
    private final MultiGauge lastSuccessAge;
    private static final Supplier<Optional<Instant>> NO_BACKUPS = Optional::empty;
    private Map<CompanyId, Instant> lastKnownSuccesses = Map.of();
    private volatile Supplier<Optional<Instant>> lastBackup = NO_BACKUPS;

    PrometheusMetrics(Supplier<Map<CompanyId, Instant>> lastSuccesses, Clock clock) {
        this.lastSuccesses = lastSuccesses;
        this.clock = clock;
        this.lastSuccessAge = MultiGauge.builder("qbr.last.successful.sync.age").baseUnit("seconds")
                .description("Seconds since the company's last successful sync").register(registry);
        for (SyncType type : SyncType.values()) {
            syncFailures(type);
        }
    }

    @Override
    public void soapCallAnswered(String method, String outcome, Duration took) {
        Timer.builder("qbr.soap.calls").description("Web Connector SOAP calls by method and outcome")
                .tags("method", method, "outcome", outcome).register(registry).record(took);
    }

    @Override
    public void soapRequestRefused() {
        Counter.builder("qbr.soap.refused").description("SOAP requests refused before any operation ran")
                .register(registry).increment();
    }

    @Override
    public void sessionEnded(SessionEnd end, Duration duration) {
        Timer.builder("qbr.session.duration").description("Web Connector sessions, authenticate to their end")
                .tag("outcome", label(end)).register(registry).record(duration);
    }

    @Override
    public void syncFailed(SyncType type) {
        syncFailures(type).increment();
    }

    @Override
    public void requestSent(int requests, long bytes) {
        DistributionSummary.builder("qbr.quickbooks.request.size").baseUnit("bytes")
                .description("qbXML messages handed to QuickBooks, one per round trip").register(registry)
                .record(bytes);
    }

    @Override
    public void responseReceived(int requests, long bytes) {
        DistributionSummary.builder("qbr.quickbooks.response.size").baseUnit("bytes")
                .description("QuickBooks' answers, one message per round trip").register(registry).record(bytes);
    }

    /** Reads every company's last success (keeping the last known ones when the database does not answer). */
    @Override
    public synchronized String prometheusText() {
        try {
            lastKnownSuccesses = lastSuccesses.get();
        } catch (RuntimeException e) {
            LOG.debug("Last successful syncs could not be read; the ages grow from the last known ones", e);
        }
        Instant now = clock.instant();
        lastSuccessAge.register(lastKnownSuccesses.entrySet().stream()
                .map(success -> MultiGauge.Row.of(Tags.of("company", success.getKey().value()),
                        Duration.between(success.getValue(), now).toMillis() / 1000.0))
                .toList(), true);
        return registry.scrape();
    }

    /**
     * Watches the scheduled backups: {@code qbr_last_backup_age_seconds} (+Inf until the first one, so an alert on its
     * age fires), and {@code qbr_backup_failures_total} from zero.
     */
    void watchBackups(Supplier<Optional<Instant>> lastBackup) {
        this.lastBackup = lastBackup;
        Gauge.builder("qbr.last.backup.age", () -> lastBackup.get()
                        .map(taken -> Duration.between(taken, clock.instant()).toMillis() / 1000.0)
                        .orElse(Double.POSITIVE_INFINITY))
                .baseUnit("seconds").description("Seconds since the newest scheduled backup was taken")
                .register(registry);
        backupFailures();
    }

    void backupFailed() {
        backupFailures().increment();
    }

    @Override
    public Optional<Instant> lastBackupAt() {
        return lastBackup.get();
    }

    @Override
    public boolean backupsScheduled() {
        return lastBackup != NO_BACKUPS;
    }

    private Counter backupFailures() {
        return Counter.builder("qbr.backup.failures").description("Scheduled backups that failed (nothing was kept)")
                .register(registry);
    }

    private Counter syncFailures(SyncType type) {
        return Counter.builder("qbr.sync.failures").description("Requests to QuickBooks that stored nothing")
                .tag("type", label(type)).register(registry);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
