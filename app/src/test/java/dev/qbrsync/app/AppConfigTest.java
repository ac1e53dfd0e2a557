package dev.qbrsync.app;

import dev.qbrsync.core.report.ReportBasis;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppConfigTest {

    @Test
    void everySettingHasADocumentedDefault() {
        AppConfig config = AppConfig.from(Map.of());

        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.http().publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(config.database().url()).isEmpty();
        assertThat(config.database().dataDirectory()).isEqualTo(Path.of("./data"));
        assertThat(config.webConnector().sessionTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.sync().windowMonths()).isEqualTo(24);
        assertThat(config.sync().settleDays()).isEqualTo(45);
        assertThat(config.sync().refreshInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(config.sync().reportBasis()).isEqualTo(ReportBasis.ACCRUAL);
        assertThat(config.sync().rawPayloadRetentionDays()).isEqualTo(90);
        assertThat(config.webConnector().userName()).isEqualTo("qbwc");
        assertThat(config.http().tlsKeystore()).isEmpty();
        assertThat(config.page().sessionLifetime()).isEqualTo(Duration.ofHours(8));
        assertThat(config.http().stopTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.sync().staleAfter()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void readsEveryVariable() {
        AppConfig config = AppConfig.from(Map.ofEntries(Map.entry("QBR_PORT", "9443"),
                Map.entry("QBR_PUBLIC_URL", "https://qbr.example.com/"), Map.entry("QBR_DATABASE_URL", "jdbc:postgresql://db/qbr"),
                Map.entry("QBR_SESSION_TIMEOUT_MINUTES", "10"), Map.entry("QBR_SYNC_WINDOW_MONTHS", "12"),
                Map.entry("QBR_SETTLE_DAYS", "30"), Map.entry("QBR_REFRESH_INTERVAL_HOURS", "6"),
                Map.entry("QBR_REPORT_BASIS", "cash"), Map.entry("QBR_TLS_KEYSTORE", "/etc/qbr/tls.p12"),
                Map.entry("QBWC_USERNAME", "acme"), Map.entry("QBR_BROWSER_SESSION_HOURS", "2"),
                Map.entry("QBR_STOP_TIMEOUT_SECONDS", "5"), Map.entry("QBR_STALE_SYNC_HOURS", "72")));

        assertThat(config.http().port()).isEqualTo(9443);
        assertThat(config.http().publicUrl()).isEqualTo("https://qbr.example.com");
        assertThat(config.database().url()).contains("jdbc:postgresql://db/qbr");
        assertThat(config.webConnector().sessionTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.sync().windowMonths()).isEqualTo(12);
        assertThat(config.sync().settleDays()).isEqualTo(30);
        assertThat(config.sync().refreshInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(config.sync().reportBasis()).isEqualTo(ReportBasis.CASH);
        assertThat(config.http().tlsKeystore()).contains(Path.of("/etc/qbr/tls.p12"));
        assertThat(config.webConnector().userName()).isEqualTo("acme");
        assertThat(config.page().sessionLifetime()).isEqualTo(Duration.ofHours(2));
        assertThat(config.http().stopTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.sync().staleAfter()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void anInvalidValueNamesItsVariable() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("QBR_PORT", "eighty"))).hasMessageContaining("QBR_PORT");
        assertThatThrownBy(() -> AppConfig.from(Map.of("QBR_SETTLE_DAYS", "-1"))).hasMessageContaining("QBR_SETTLE_DAYS");
        assertThatThrownBy(() -> AppConfig.from(Map.of("QBR_REPORT_BASIS", "modified")))
                .hasMessageContaining("QBR_REPORT_BASIS");
    }
}
