package dev.qbrsync.codec.benchmark;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/** Runs the parse benchmark, prints MB/s for the codec and the raw pass, then the peak heap of a 50 MB parse. */
public final class BenchmarkMain {
    private static final double MB = 1024.0 * 1024.0;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int accounts = 5000;
        double documentMb = LargeProfitAndLoss.withAccounts(accounts).getBytes(StandardCharsets.UTF_8).length / MB;
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ProfitAndLossParseBenchmark.class.getSimpleName())
                .param("accounts", Integer.toString(accounts))
                .build()).run();
        double codec = 0;
        double raw = 0;
        for (RunResult result : results) {
            double perSecond = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().endsWith("codec")) {
                codec = perSecond * documentMb;
            } else {
                raw = perSecond * documentMb;
            }
        }
        System.out.printf("%nP&L of %d accounts x 12 months: %.1f MB%n", accounts, documentMb);
        System.out.printf("codec parse:      %8.1f MB/s%n", codec);
        System.out.printf("raw Woodstox:     %8.1f MB/s%n", raw);
        System.out.printf("codec / raw:      %8.0f %%%n", 100 * codec / raw);
        peakHeapOfLargeParse((int) (50 * accounts / documentMb));
    }

    /**
     * Peak heap while parsing a ~50 MB response, above the heap in use just before (which already holds the
     * document). The peak includes garbage not yet collected, so it is an upper bound of what parsing needs.
     */
    private static void peakHeapOfLargeParse(int accounts) {
        String document = LargeProfitAndLoss.withAccounts(accounts);
        double documentMb = document.getBytes(StandardCharsets.UTF_8).length / MB;
        QbxmlMessages messages = new QbxmlMessages();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        QuickBooksResponse response = messages.read(LargeProfitAndLoss.YEAR_2025, document);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - before;
        int lines = ((QuickBooksResponse.ProfitAndLossReceived) response).report().accounts().size();
        System.out.printf("%n%.1f MB response, %d account lines, max heap %d MB%n", documentMb, lines,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("peak heap above baseline while parsing: %6.1f MB (%.2f x document)%n",
                (peak - before) / MB, (peak - before) / MB / documentMb);
        System.out.printf("retained by the parsed report:          %6.1f MB%n", retained / MB);
    }
}
