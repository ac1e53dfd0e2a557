package dev.qbrsync.core;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.memory.InMemoryMetricsRepository;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.testing.ScriptedQuickBooks;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one entry point: what it needs, what it fills in, and what closing it stops. */
class QbwcCoreBuilderTest {
    private static final Caller CALLER = new Caller("192.0.2.10");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theQuickBooksMessageFormatIsTheOneRequiredPart() {
        assertThatThrownBy(() -> QbwcCore.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quickBooks");
    }

    @Test
    void portsLeftOutAreInMemoryAndALoginWorksWithTheDefaultPasswordHasher() {
        try (QbwcCore core = QbwcCore.builder().clock(clock).quickBooks(new ScriptedQuickBooks()).build()) {
            CompanyId company = core.companyAdministration()
                    .add(Requester.commandLine(), "Acme", "acme-qbwc", "correct horse".toCharArray()).id();

            AuthenticateResult wrong = core.webConnector().authenticate(CALLER, Authenticate.as("acme-qbwc",
                    "wrong horse".toCharArray()));
            AuthenticateResult right = core.webConnector().authenticate(CALLER, Authenticate.as("acme-qbwc",
                    "correct horse".toCharArray()));

            assertThat(wrong.status()).isEqualTo(AuthenticateResult.NOT_VALID_USER);
            assertThat(right.status()).isNotEqualTo(AuthenticateResult.NOT_VALID_USER);
            assertThat(right.ticket()).hasSizeGreaterThan(20);
            assertThat(core.overview().status(CompanyScope.every())).extracting("companyId")
                    .containsExactly(company);
        }
    }

    @Test
    void aPortGivenIsThePortUsed() {
        InMemoryMetricsRepository metrics = new InMemoryMetricsRepository(clock);
        metrics.storeQuickBooksFigures(CompanyId.of("acme"), List.of(new MonthlyMetrics(YearMonth.of(2026, 2),
                Map.of(MetricKey.MRR, Money.of("1234.56")))));
        try (QbwcCore core = QbwcCore.builder().quickBooks(new ScriptedQuickBooks()).metrics(metrics).build()) {

            assertThat(core.overview().metrics(CompanyScope.every(), CompanyId.of("acme"), YearMonth.of(2026, 2),
                    YearMonth.of(2026, 2))).extracting("value").containsExactly(Money.of("1234.56"));
        }
    }

    @Test
    void closingStopsThePasswordChecksSoLaterLoginsAreBusy() {
        QbwcCore core = QbwcCore.builder().clock(clock).quickBooks(new ScriptedQuickBooks()).build();
        core.companyAdministration().add(Requester.commandLine(), "Acme", "acme-qbwc", "correct horse".toCharArray());

        core.close();

        assertThat(core.webConnector().authenticate(CALLER, Authenticate.as("acme-qbwc",
                "correct horse".toCharArray())).status())
                .isEqualTo(AuthenticateResult.BUSY);
    }
}
