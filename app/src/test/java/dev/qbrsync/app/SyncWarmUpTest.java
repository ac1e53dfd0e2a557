package dev.qbrsync.app;

import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.qbr.MetricKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyncWarmUpTest {

    @Test
    void playsWholeSessionsThatStoreTheSamplesNetIncomeAsEachMonthsNetProfit() {
        // A reader, envelope or pipeline change that stops the sample syncing fails here, not silently at every start:
        // the warm-up would then warm nothing but the refusal.
        List<StoredMetric> metrics = new SyncWarmUp().run(2);

        Map<YearMonth, BigDecimal> netProfit = metrics.stream().filter(metric -> metric.key() == MetricKey.NET_PROFIT)
                .collect(Collectors.toMap(StoredMetric::month, StoredMetric::value));
        // The Net Income row QuickBooks wrote in the sample, column by column.
        assertThat(netProfit).containsOnly(
                Map.entry(YearMonth.of(2026, 1), new BigDecimal("2500.00")),
                Map.entry(YearMonth.of(2026, 2), new BigDecimal("-7437.66")),
                Map.entry(YearMonth.of(2026, 3), new BigDecimal("4450.60")));
        assertThat(metrics).anyMatch(metric -> metric.key() == MetricKey.EMPLOYEES);
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

    @Test
    void aJvmWarmsUpForItsFirstApplicationOnly() {
        CountDownLatch serving = new CountDownLatch(0);
        SyncWarmUp.startOnceInBackground(serving); // this JVM's first, unless an application of another test was

        assertThat(SyncWarmUp.startOnceInBackground(serving)).as("a second application in the same JVM").isEmpty();
    }
}
