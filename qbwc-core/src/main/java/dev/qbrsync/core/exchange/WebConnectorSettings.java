package dev.qbrsync.core.exchange;

import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.report.ReportBasis;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Web Connector service behaves.
 *
 * @param serverVersion         what serverVersion answers
 * @param minimumClientVersion  the oldest QBWC version accepted (e.g. {@code 2.1.0.30}); blank accepts all
 * @param sessionTimeout        idle time after which a ticket expires
 */
public record WebConnectorSettings(String serverVersion, String minimumClientVersion, Duration sessionTimeout,
                                   SyncPolicy syncPolicy, ReportBasis reportBasis, Duration minimumRunEvery) {

    /** The shortest schedule the Web Connector is allowed: more often only finds nothing to do. */
    public static final Duration DEFAULT_MINIMUM_RUN_EVERY = Duration.ofMinutes(5);
    public static final WebConnectorSettings DEFAULT = new WebConnectorSettings("QBR Sync 0.1.0", "",
            Duration.ofMinutes(30), SyncPolicy.DEFAULT, ReportBasis.ACCRUAL);

    public WebConnectorSettings(String serverVersion, String minimumClientVersion, Duration sessionTimeout,
                                SyncPolicy syncPolicy, ReportBasis reportBasis) {
        this(serverVersion, minimumClientVersion, sessionTimeout, syncPolicy, reportBasis, DEFAULT_MINIMUM_RUN_EVERY);
    }

    public WebConnectorSettings {
        Objects.requireNonNull(serverVersion, "serverVersion");
        minimumClientVersion = minimumClientVersion == null ? "" : minimumClientVersion.trim();
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(syncPolicy, "syncPolicy");
        Objects.requireNonNull(reportBasis, "reportBasis");
        Objects.requireNonNull(minimumRunEvery, "minimumRunEvery");
    }

    /** These settings with another sync policy. */
    public WebConnectorSettings withSyncPolicy(SyncPolicy policy) {
        return new WebConnectorSettings(serverVersion, minimumClientVersion, sessionTimeout, policy, reportBasis,
                minimumRunEvery);
    }

    /** These settings syncing {@code months} full months back from the current one (0: the current month only). */
    public WebConnectorSettings withWindowMonths(int months) {
        return withSyncPolicy(syncPolicy.withWindowMonths(months));
    }
}
