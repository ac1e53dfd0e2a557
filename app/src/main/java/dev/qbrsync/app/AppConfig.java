package dev.qbrsync.app;

import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.http.Cidr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting, read from environment variables with documented defaults (see README, "Configuration"), grouped by
 * what it configures. An invalid value stops startup with a message naming the variable.
 */
public record AppConfig(Http http, DatabaseSettings database, WebConnector webConnector, Sync sync, Page page,
                        Backups backups) {

    /** Where and how the server listens, and whom it listens to. */
    public record Http(String host, int port, String publicUrl, Optional<Path> tlsKeystore, String tlsKeystorePassword,
                       long maxBodyBytes, List<Cidr> trustedProxies, List<Cidr> webConnectorSources,
                       List<String> corsOrigins, Duration stopTimeout) {
    }

    /** QBR_DATABASE_URL's server, or else the embedded PostgreSQL in the data directory. */
    public record DatabaseSettings(Optional<String> url, String user, String password, Path dataDirectory,
                                   int embeddedPort) {
    }

    /** The Web Connector user of company 1 and what the Web Connector is told about sessions and schedules. */
    public record WebConnector(String userName, Optional<String> passwordHash, String minimumClientVersion,
                               Duration sessionTimeout, Duration minimumRunEvery) {
    }

    /** What is fetched from QuickBooks and when, how long raw answers are kept, when a company counts as stale. */
    public record Sync(int windowMonths, int settleDays, Duration refreshInterval, ReportBasis reportBasis,
                       int maxMonthsPerRequest, int rawPayloadRetentionDays, Duration staleAfter) {
    }

    /**
     * The finance page: how long a sign-in lasts, and the identity provider people may sign in with (see
     * {@link SignInProviderConfig}).
     */
    public record Page(Duration sessionLifetime, Optional<SignInProviderConfig> signInProvider) {
    }

    /** Scheduled backups: off without a directory; the newest {@code keep} are kept. */
    public record Backups(Optional<Path> directory, int keep) {
    }

    public static AppConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static AppConfig from(Map<String, String> env) {
        Settings settings = new Settings(env);
        Http http = http(settings);
        return new AppConfig(http, database(settings), webConnector(settings), sync(settings),
                new Page(Duration.ofHours(settings.integer("QBR_BROWSER_SESSION_HOURS", 8, 1, 24 * 7)),
                        SignInProviderConfig.from(env, http.publicUrl())),
                new Backups(settings.optional("QBR_BACKUP_DIR").map(Path::of),
                        settings.integer("QBR_BACKUP_KEEP", 14, 1, 3650)));
    }

    private static Http http(Settings settings) {
        int port = settings.integer("QBR_PORT", 8080, 0, 65535);
        Optional<Path> keystore = settings.optional("QBR_TLS_KEYSTORE").map(Path::of);
        String defaultUrl = (keystore.isPresent() ? "https" : "http") + "://localhost:" + port;
        return new Http(settings.text("QBR_HOST", "0.0.0.0"), port,
                settings.text("QBR_PUBLIC_URL", defaultUrl).replaceAll("/+$", ""),
                keystore,
                settings.text("QBR_TLS_KEYSTORE_PASSWORD", ""),
                settings.integer("QBR_MAX_BODY_MB", 32, 1, 1024) * 1024L * 1024L,
                settings.networks("QBR_TRUSTED_PROXIES"),
                settings.networks("QBWC_ALLOWED_SOURCES"),
                settings.list("QBR_CORS_ORIGINS"),
                Duration.ofSeconds(settings.integer("QBR_STOP_TIMEOUT_SECONDS", 30, 0, 600)));
    }

    private static DatabaseSettings database(Settings settings) {
        return new DatabaseSettings(settings.optional("QBR_DATABASE_URL"),
                settings.text("QBR_DATABASE_USER", "postgres"),
                settings.text("QBR_DATABASE_PASSWORD", "postgres"),
                Path.of(settings.text("QBR_DATA_DIR", "./data")),
                settings.integer("QBR_EMBEDDED_DB_PORT", 54329, 1, 65535));
    }

    private static WebConnector webConnector(Settings settings) {
        return new WebConnector(settings.text("QBWC_USERNAME", "qbwc"),
                settings.optional("QBWC_PASSWORD_HASH"),
                settings.text("QBWC_MIN_CLIENT_VERSION", ""),
                Duration.ofMinutes(settings.integer("QBR_SESSION_TIMEOUT_MINUTES", 30, 1, 24 * 60)),
                Duration.ofSeconds(settings.integer("QBR_MIN_RUN_EVERY_SECONDS", 300, 0, 7 * 24 * 3600)));
    }

    private static Sync sync(Settings settings) {
        return new Sync(settings.integer("QBR_SYNC_WINDOW_MONTHS", 24, 0, 120),
                settings.integer("QBR_SETTLE_DAYS", 45, 0, 365),
                Duration.ofHours(settings.integer("QBR_REFRESH_INTERVAL_HOURS", 24, 1, 24 * 31)),
                settings.basis("QBR_REPORT_BASIS"),
                settings.integer("QBR_MAX_MONTHS_PER_REQUEST", 0, 0, 121),
                settings.integer("QBR_RAW_RETENTION_DAYS", 90, 1, 3650),
                Duration.ofHours(settings.integer("QBR_STALE_SYNC_HOURS", 48, 1, 24 * 366)));
    }

    /** Reads and checks individual variables. */
    private record Settings(Map<String, String> env) {

        Optional<String> optional(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        String text(String name, String fallback) {
            return optional(name).orElse(fallback);
        }

        int integer(String name, int fallback, int min, int max) {
            Optional<String> value = optional(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value.get());
                if (number < min || number > max) {
                    throw new ConfigurationException(name + " must be between " + min + " and " + max + ", not "
                            + number);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new ConfigurationException(name + " must be a whole number, not '" + value.get() + "'");
            }
        }

        List<Cidr> networks(String name) {
            try {
                return Cidr.parseList(text(name, ""));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(name + " must be a comma-separated list of IP networks such as "
                        + "10.0.0.0/8, 192.0.2.7: " + e.getMessage());
            }
        }

        List<String> list(String name) {
            return Arrays.stream(text(name, "").split(",")).map(String::trim).filter(item -> !item.isEmpty())
                    .toList();
        }

        ReportBasis basis(String name) {
            String value = text(name, "Accrual");
            try {
                return ReportBasis.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(name + " must be Accrual or Cash, not '" + value + "'");
            }
        }
    }
}
