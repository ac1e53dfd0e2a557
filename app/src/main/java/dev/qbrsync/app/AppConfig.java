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
 * Every setting, read from environment variables with documented defaults (see README, "Configuration"). An invalid
 * value stops startup with a message naming the variable.
 */
public record AppConfig(
        String host,
        int port,
        String publicUrl,
        Optional<String> databaseUrl,
        String databaseUser,
        String databasePassword,
        Path dataDirectory,
        int embeddedDatabasePort,
        Duration sessionTimeout,
        int syncWindowMonths,
        int settleDays,
        Duration refreshInterval,
        ReportBasis reportBasis,
        int maxMonthsPerRequest,
        Duration minimumRunEvery,
        int rawPayloadRetentionDays,
        Optional<Path> tlsKeystore,
        String tlsKeystorePassword,
        String qbwcUserName,
        Optional<String> qbwcPasswordHash,
        String minimumClientVersion,
        long maxBodyBytes,
        List<Cidr> trustedProxies,
        List<Cidr> webConnectorSources,
        List<String> corsOrigins,
        Duration browserSessionLifetime,
        Duration stopTimeout,
        Duration staleSyncAfter,
        Optional<SignInProviderConfig> signInProvider) {

    public static AppConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static AppConfig from(Map<String, String> env) {
        Settings settings = new Settings(env);
        int port = settings.integer("QBR_PORT", 8080, 0, 65535);
        Optional<Path> keystore = settings.optional("QBR_TLS_KEYSTORE").map(Path::of);
        String defaultUrl = (keystore.isPresent() ? "https" : "http") + "://localhost:" + port;
        String publicUrl = settings.text("QBR_PUBLIC_URL", defaultUrl).replaceAll("/+$", "");
        return new AppConfig(
                settings.text("QBR_HOST", "0.0.0.0"),
                port,
                publicUrl,
                settings.optional("QBR_DATABASE_URL"),
                settings.text("QBR_DATABASE_USER", "postgres"),
                settings.text("QBR_DATABASE_PASSWORD", "postgres"),
                Path.of(settings.text("QBR_DATA_DIR", "./data")),
                settings.integer("QBR_EMBEDDED_DB_PORT", 54329, 1, 65535),
                Duration.ofMinutes(settings.integer("QBR_SESSION_TIMEOUT_MINUTES", 30, 1, 24 * 60)),
                settings.integer("QBR_SYNC_WINDOW_MONTHS", 24, 0, 120),
                settings.integer("QBR_SETTLE_DAYS", 45, 0, 365),
                Duration.ofHours(settings.integer("QBR_REFRESH_INTERVAL_HOURS", 24, 1, 24 * 31)),
                settings.basis("QBR_REPORT_BASIS"),
                settings.integer("QBR_MAX_MONTHS_PER_REQUEST", 0, 0, 121),
                Duration.ofSeconds(settings.integer("QBR_MIN_RUN_EVERY_SECONDS", 300, 0, 7 * 24 * 3600)),
                settings.integer("QBR_RAW_RETENTION_DAYS", 90, 1, 3650),
                keystore,
                settings.text("QBR_TLS_KEYSTORE_PASSWORD", ""),
                settings.text("QBWC_USERNAME", "qbwc"),
                settings.optional("QBWC_PASSWORD_HASH"),
                settings.text("QBWC_MIN_CLIENT_VERSION", ""),
                settings.integer("QBR_MAX_BODY_MB", 32, 1, 1024) * 1024L * 1024L,
                settings.networks("QBR_TRUSTED_PROXIES"),
                settings.networks("QBWC_ALLOWED_SOURCES"),
                settings.list("QBR_CORS_ORIGINS"),
                Duration.ofHours(settings.integer("QBR_BROWSER_SESSION_HOURS", 8, 1, 24 * 7)),
                Duration.ofSeconds(settings.integer("QBR_STOP_TIMEOUT_SECONDS", 30, 0, 600)),
                Duration.ofHours(settings.integer("QBR_STALE_SYNC_HOURS", 48, 1, 24 * 366)),
                SignInProviderConfig.from(env, publicUrl));
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
