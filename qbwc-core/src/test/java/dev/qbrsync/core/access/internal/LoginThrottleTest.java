package dev.qbrsync.core.access.internal;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.memory.BoundedLoginFailures;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock);
    private final Caller attacker = new Caller("203.0.113.9");
    private final Caller connector = new Caller("192.0.2.77");

    private String status(Caller caller, String user, String password) {
        return core.webConnector.authenticate(caller, Authenticate.as(user, password.toCharArray())).status();
    }

    private void failTimes(Caller caller, String user, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(status(caller, user, "guess-" + i)).isEqualTo(AuthenticateResult.NOT_VALID_USER);
        }
    }

    @Test
    void afterThreeFailuresTheNextAttemptFromThatAddressWaitsEvenWithTheRightPassword() {
        failTimes(attacker, InMemoryCore.USER, 3);

        assertThat(status(attacker, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.NOT_VALID_USER);
        assertThat(core.audit.recent(1).get(0).detail()).contains("too many failed logins").contains("2 s");
        assertThat(core.audit.recent(1).get(0).outcome()).isEqualTo(AuditOutcome.DENIED);

        clock.advance(LoginThrottle.FIRST_DELAY);
        assertThat(status(attacker, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }

    @Test
    void failuresFromOneAddressNeverKeepTheRightPasswordOutFromAnother() {
        failTimes(attacker, InMemoryCore.USER, 40);

        assertThat(status(connector, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        assertThat(LoginThrottle.delayAfter(2)).isZero();
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(8)).isEqualTo(Duration.ofSeconds(64));
        assertThat(LoginThrottle.delayAfter(12)).isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void attemptsRefusedWhileWaitingDoNotExtendTheWait() {
        failTimes(attacker, InMemoryCore.USER, 3);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMillis(100));
            status(attacker, InMemoryCore.USER, "retry");
        }

        clock.advance(LoginThrottle.FIRST_DELAY.minus(Duration.ofSeconds(1)));
        assertThat(status(attacker, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }

    @Test
    void theRightPasswordClearsTheCountAndAnHourForgetsIt() {
        failTimes(connector, InMemoryCore.USER, 2);
        assertThat(status(connector, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
        failTimes(connector, InMemoryCore.USER, 2);
        assertThat(core.loginFailures.find(LoginThrottle.key(InMemoryCore.USER, connector.sourceAddress())))
                .hasValueSatisfying(count -> assertThat(count.failures()).isEqualTo(2));

        failTimes(attacker, "someone", 6);
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(core.webConnector.authenticate(attacker, Authenticate.as("someone", "x".toCharArray())).status())
                .isEqualTo(AuthenticateResult.NOT_VALID_USER);
        assertThat(core.loginFailures.find(LoginThrottle.key("someone", attacker.sourceAddress())))
                .hasValueSatisfying(count -> assertThat(count.failures()).isEqualTo(1));
    }

    @Test
    void tenThousandHugeDistinctUserNamesKeepTheThrottleBounded() {
        BoundedLoginFailures failures = new BoundedLoginFailures(1_000);
        LoginThrottle throttle = new LoginThrottle(failures, clock);
        String padding = "x".repeat(10_000);

        for (int i = 0; i < 10_000; i++) {
            throttle.recordFailure(i + padding, attacker.sourceAddress());
        }

        assertThat(failures.size()).isEqualTo(1_000);
        assertThat(LoginThrottle.key(padding.repeat(100), attacker.sourceAddress())).hasSize(64);
        assertThat(throttle.waitBeforeNextAttempt(9_999 + padding, attacker.sourceAddress())).isEmpty();
    }
}
