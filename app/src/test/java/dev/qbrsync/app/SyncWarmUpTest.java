package dev.qbrsync.app;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class SyncWarmUpTest {

    @Test
    void readsEveryMonthOfTheBuiltInSampleEachRound() {
        // The sample is a quarter: a reader or envelope change that stops it parsing fails here, not silently
        // at every start.
        assertThat(new SyncWarmUp().run(2)).isEqualTo(2 * 3);
    }

    @Test
    void runsOnADaemonThreadThatWaitsForTheServerThenEndsOnItsOwn() throws InterruptedException {
        CountDownLatch serving = new CountDownLatch(1);
        Thread warmUp = SyncWarmUp.startInBackground(serving);

        assertThat(warmUp.isDaemon()).isTrue();
        warmUp.join(1_000);
        assertThat(warmUp.isAlive()).as("waits for the server before its many rounds").isTrue();
        serving.countDown();
        warmUp.join(120_000);
        assertThat(warmUp.isAlive()).isFalse();
    }
}
