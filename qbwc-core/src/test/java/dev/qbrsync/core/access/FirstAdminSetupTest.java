package dev.qbrsync.core.access;

import dev.qbrsync.core.access.internal.LoginThrottle;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.StrangerSummaries;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstAdminSetupTest {
    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock);
    private final Caller browser = new Caller("198.51.100.7");

    @Test
    void aCodeIsOfferedWhileNoTokenExistsAndRedeemedOnceForTheFirstAdmin() {
        String code = core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();

        ApiAccess.IssuedKey first = core.firstAdminSetup.redeem(browser, code).orElseThrow();

        assertThat(code).startsWith(FirstAdminSetup.PREFIX).hasSizeGreaterThanOrEqualTo(30);
        assertThat(first.token().role()).isEqualTo(Role.ADMIN);
        assertThat(first.token().scope().everyCompany()).isTrue();
        assertThat(core.apiAccess.authorize(browser, first.secret(), "api.status")).isPresent();
        assertThat(core.setupCodesRedeemed).hasValue(1);
        assertThat(core.firstAdminSetup.redeem(browser, code)).as("used once").isEmpty();
        assertThat(core.accessKeys.findAll()).hasSize(1);
        assertThat(core.audit.recent(20)).allSatisfy(event -> assertThat(event.detail()).doesNotContain(code)
                .doesNotContain(first.secret()));
    }

    @Test
    void noCodeIsOfferedOnceATokenExistsAndAnOfferedOneIsVoidWhenATokenIsMadeElsewhere() {
        String code = core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();
        core.apiAccess.create("made on the command line");

        assertThat(core.firstAdminSetup.offerIfNoAccessKey()).isEmpty();
        assertThat(core.firstAdminSetup.redeem(browser, code)).isEmpty();
        assertThat(core.accessKeys.findAll()).hasSize(1);
    }

    @Test
    void aCodeExpiresAfterADayAndANewStartReplacesIt() {
        String first = core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();
        String second = core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();
        assertThat(core.firstAdminSetup.redeem(browser, first)).as("replaced").isEmpty();

        clock.advance(FirstAdminSetup.LIFETIME);

        assertThat(core.firstAdminSetup.redeem(new Caller("192.0.2.1"), second)).as("expired").isEmpty();
        assertThat(core.accessKeys.findAll()).isEmpty();
    }

    @Test
    void guessingIsThrottledPerAddressLikeLoginsAndAudited() {
        String code = core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();
        for (int guess = 0; guess < LoginThrottle.FREE_FAILURES; guess++) {
            assertThat(core.firstAdminSetup.redeem(browser, FirstAdminSetup.PREFIX + "guess" + guess)).isEmpty();
        }

        assertThatThrownBy(() -> core.firstAdminSetup.redeem(browser, code))
                .isInstanceOf(TooManyAttemptsException.class)
                .satisfies(e -> assertThat(((TooManyAttemptsException) e).retryAfter()).isPositive());
        assertThat(core.firstAdminSetup.redeem(new Caller("203.0.113.5"), code)).as("another address").isPresent();
        assertThat(core.audit.recent(10)).filteredOn(event -> event.action().equals(FirstAdminSetup.ACTION))
                .extracting(event -> event.outcome()).containsOnly(AuditOutcome.DENIED);
    }

    @Test
    void codesSentAfterTheFirstTokenExistsAreThrottledAndAuditedAsASummary() {
        core.apiAccess.create("made on the command line");
        int refused = 0;
        int throttled = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                assertThat(core.firstAdminSetup.redeem(browser, FirstAdminSetup.PREFIX + "late" + attempt)).isEmpty();
                refused++;
            } catch (TooManyAttemptsException e) {
                throttled++;
            }
        }

        assertThat(refused).as("a few free guesses, then the address waits").isLessThanOrEqualTo(
                LoginThrottle.FREE_FAILURES + 1);
        assertThat(throttled).isEqualTo(50 - refused);
        assertThat(core.audit.recent(100)).filteredOn(event -> event.action().equals(FirstAdminSetup.ACTION))
                .as("the first of the minute in full, the rest only counted").hasSize(StrangerSummaries.AUDITED_IN_FULL);

        clock.advance(Duration.ofMinutes(1));
        assertThat(core.firstAdminSetup.redeem(browser, FirstAdminSetup.PREFIX + "a minute later")).isEmpty();
        assertThat(core.audit.recent(100)).filteredOn(event -> event.action().equals(FirstAdminSetup.ACTION))
                .extracting(AuditEvent::detail).anySatisfy(detail -> assertThat(detail)
                        .startsWith((50 - StrangerSummaries.AUDITED_IN_FULL) + " more refusals of "));
    }

    @Test
    void manyBrowsersRedeemingAtOnceMakeOneAdmin() throws Exception {
        String code = core.firstAdminSetup.offerIfNoAccessKey().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var tries = IntStream.range(0, 8).mapToObj(i -> pool.submit(() ->
                    core.firstAdminSetup.redeem(new Caller("10.0.0." + i), code).isPresent())).toList();
            long redeemed = 0;
            for (Future<Boolean> attempt : tries) {
                redeemed += attempt.get() ? 1 : 0;
            }
            assertThat(redeemed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(core.accessKeys.findAll()).hasSize(1);
    }

    @Test
    void onlyTextWithTheSetupPrefixIsTakenForACode() {
        assertThat(FirstAdminSetup.looksLikeSetupCode(" qbr-setup-abc")).isTrue();
        assertThat(FirstAdminSetup.looksLikeSetupCode("qbr_token")).isFalse();
        assertThat(FirstAdminSetup.looksLikeSetupCode(null)).isFalse();
        assertThat(Duration.ofHours(24)).isEqualTo(FirstAdminSetup.LIFETIME);
    }
}
