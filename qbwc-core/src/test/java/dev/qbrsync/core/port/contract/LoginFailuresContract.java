package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.access.LoginFailures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link LoginFailures} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class LoginFailuresContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration FORGET = Duration.ofHours(1);

    protected abstract LoginFailures failures();

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void countsFailuresPerKeyWithTheLastTime() {
        String key = newKey();
        failures().recordFailure(key, T0, T0.minus(FORGET));
        failures().recordFailure(key, T0.plusSeconds(5), T0.plusSeconds(5).minus(FORGET));

        assertThat(failures().find(key)).hasValueSatisfying(count -> {
            assertThat(count.failures()).isEqualTo(2);
            assertThat(count.lastFailureAt()).isEqualTo(T0.plusSeconds(5));
        });
        assertThat(failures().find(newKey())).isEmpty();
    }

    @Test
    void aCountOlderThanTheForgetTimeStartsAgain() {
        String key = newKey();
        failures().recordFailure(key, T0, T0.minus(FORGET));
        failures().recordFailure(key, T0.plusSeconds(1), T0.plusSeconds(1).minus(FORGET));

        Instant later = T0.plus(FORGET).plusSeconds(10);
        failures().recordFailure(key, later, later.minus(FORGET));

        assertThat(failures().find(key)).hasValueSatisfying(count -> assertThat(count.failures()).isEqualTo(1));
    }

    @Test
    void clearingForgetsTheKeyOnly() {
        String key = newKey();
        String other = newKey();
        failures().recordFailure(key, T0, T0.minus(FORGET));
        failures().recordFailure(other, T0, T0.minus(FORGET));

        failures().clear(key);

        assertThat(failures().find(key)).isEmpty();
        assertThat(failures().find(other)).isPresent();
    }
}
