package dev.qbrsync.core.service;

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
 * @param maxFailedLogins       failed logins per user name or source address before further attempts are refused
 * @param failedLoginWindow     how long a failed login counts against its user name and address
 */
public record WebConnectorSettings(String serverVersion, String minimumClientVersion, Duration sessionTimeout,
                                   SyncPolicy syncPolicy, ReportBasis reportBasis, int maxFailedLogins,
                                   Duration failedLoginWindow) {
    public static final int DEFAULT_MAX_FAILED_LOGINS = 5;
    public static final Duration DEFAULT_FAILED_LOGIN_WINDOW = Duration.ofMinutes(15);

    public static final WebConnectorSettings DEFAULT = new WebConnectorSettings("QBR Sync 0.1.0", "",
            Duration.ofMinutes(30), SyncPolicy.DEFAULT, ReportBasis.ACCRUAL);

    /** Settings with the default login throttle: 5 failures within 15 minutes. */
    public WebConnectorSettings(String serverVersion, String minimumClientVersion, Duration sessionTimeout,
                                SyncPolicy syncPolicy, ReportBasis reportBasis) {
        this(serverVersion, minimumClientVersion, sessionTimeout, syncPolicy, reportBasis, DEFAULT_MAX_FAILED_LOGINS,
                DEFAULT_FAILED_LOGIN_WINDOW);
    }

    public WebConnectorSettings {
        Objects.requireNonNull(serverVersion, "serverVersion");
        minimumClientVersion = minimumClientVersion == null ? "" : minimumClientVersion.trim();
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(syncPolicy, "syncPolicy");
        Objects.requireNonNull(reportBasis, "reportBasis");
        Objects.requireNonNull(failedLoginWindow, "failedLoginWindow");
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("maxFailedLogins must be at least 1");
        }
    }
}
