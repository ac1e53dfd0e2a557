package dev.qbrsync.core.service;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.auth.Caller;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.usecase.AuthenticateResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemoryCore core = new InMemoryCore(clock);

    private String status(Caller caller, String user, String password) {
        return core.webConnector.authenticate(caller, user, password.toCharArray()).status();
    }

    private void failFiveTimes(Caller caller, String user) {
        for (int i = 0; i < 5; i++) {
            assertThat(status(caller, user, "guess-" + i)).isEqualTo(AuthenticateResult.NOT_VALID_USER);
        }
    }

    @Test
    void fiveFailuresFromOneAddressLockItOutEvenWithTheRightPasswordUntilTheWindowPasses() {
        Caller attacker = new Caller("203.0.113.9");
        failFiveTimes(attacker, "qbwc");

        assertThat(status(attacker, InMemoryCore.USER, InMemoryCore.PASSWORD)).isEqualTo(AuthenticateResult.NOT_VALID_USER);
        assertThat(core.audit.recent(1).get(0).detail()).contains("too many failed logins");
        assertThat(core.audit.recent(1).get(0).outcome()).isEqualTo(AuditOutcome.DENIED);

        clock.advance(Duration.ofMinutes(16));
        assertThat(status(attacker, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }

    @Test
    void fiveFailuresForOneUserNameLockItOutFromEveryAddress() {
        for (int i = 0; i < 5; i++) {
            status(new Caller("198.51.100." + i), InMemoryCore.USER, "guess");
        }

        assertThat(status(new Caller("192.0.2.77"), InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.NOT_VALID_USER);
    }

    @Test
    void fewerFailuresOrOtherUsersAndAddressesAreNotAffected() {
        Caller clumsy = new Caller("192.0.2.1");
        for (int i = 0; i < 4; i++) {
            status(clumsy, "someone-else", "guess");
        }

        assertThat(status(clumsy, InMemoryCore.USER, InMemoryCore.PASSWORD))
                .isEqualTo(AuthenticateResult.USE_OPEN_COMPANY_FILE);
    }
}
