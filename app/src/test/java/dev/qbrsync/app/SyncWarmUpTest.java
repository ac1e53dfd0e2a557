package dev.qbrsync.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyncWarmUpTest {

    @Test
    void computesEveryMonthOfTheBuiltInSampleEachRound() {
        // The sample is a quarter: a reader, rule or envelope change that stops it parsing fails here, not silently
        // at every start.
        assertThat(new SyncWarmUp().run(2)).isEqualTo(2 * 3);
    }

    @Test
    void runsOnADaemonThreadThatEndsOnItsOwn() throws InterruptedException {
        Thread warmUp = SyncWarmUp.startInBackground();

        assertThat(warmUp.isDaemon()).isTrue();
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).isFalse();
    }
}
