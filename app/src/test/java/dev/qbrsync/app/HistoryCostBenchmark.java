package dev.qbrsync.app;

import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportBasis;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.persistence.JooqSyncHistory;
import dev.qbrsync.persistence.JooqSyncLedger;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * On demand (not a test): how long /status, /accounts and a mapping change take with 10, 200 and 2,000 stored reports
 * of a 315-account chart, on the whole application and its embedded PostgreSQL. The first report covers the 25-month
 * window, every later one the two most recent months, as the daily refreshes do. Prints the median of 7 runs each.
 * <p>
 * {@code mvn -B -pl app -am -Phistory-cost -DskipTests verify -Dhistory.args="10 200 2000"}
 */
public final class HistoryCostBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final YearMonth CURRENT = YearMonth.of(2026, 11);
    private static final int ACCOUNTS = 315;
    private static final int RUNS = 7;

    private HistoryCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = args.length == 0 ? List.of(10, 200, 2000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        Path dataDirectory = Files.createTempDirectory("qbr-history-cost");
        Map<String, String> env = new HashMap<>(TestApp.embeddedEnvironment(dataDirectory));
        env.put("QBR_SYNC_WINDOW_MONTHS", "24");
        try (TestApp app = new TestApp(dataDirectory, Clock.fixed(NOW, ZoneOffset.UTC), env)) {
            String token = app.root.administration().apiAccess().create("benchmark").secret();
            JooqSyncHistory history = new JooqSyncHistory(app.root.database());
            new JooqSyncLedger(app.root.database()).markMonthsSynced(CompositionRoot.DEFAULT_COMPANY, window(), NOW);
            System.out.printf("QBR Sync history cost: %d accounts, median of %d runs, %d cores%n", ACCOUNTS, RUNS,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%10s %12s %14s %18s%n", "reports", "/status ms", "/accounts ms", "mapping change ms");
            int stored = 0;
            for (int target : counts) {
                for (; stored < target; stored++) {
                    history.record(entry(stored == 0 ? window() : window().subList(23, 25), NOW.plusSeconds(stored)));
                }
                double status = median(() -> get(app, token, "/api/qbwc/status"));
                double accounts = median(() -> get(app, token, "/api/qbwc/accounts"));
                double change = median(() -> changeARule(app, token));
                System.out.printf("%10d %12.1f %14.1f %18.1f%n", target, status, accounts, change);
            }
        }
    }

    private static List<YearMonth> window() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = CURRENT.minusMonths(24); !month.isAfter(CURRENT); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static SyncHistoryEntry entry(List<YearMonth> months, Instant at) {
        List<AccountLine> accounts = new ArrayList<>();
        Map<YearMonth, BigDecimal> netIncome = new HashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            ReportSection section = i % 3 == 0 ? ReportSection.INCOME : ReportSection.EXPENSE;
            Map<YearMonth, BigDecimal> amounts = new HashMap<>();
            for (YearMonth month : months) {
                BigDecimal amount = Money.of((100 + i) + "." + String.format("%02d", month.getMonthValue()));
                amounts.put(month, amount);
                netIncome.merge(month, section.isRevenue() ? amount : amount.negate(), BigDecimal::add);
            }
            accounts.add(new AccountLine("Group " + (i / 15) + ":Account " + i, section, amounts));
        }
        ProfitAndLossReport report = new ProfitAndLossReport(months, accounts, netIncome, ReportBasis.ACCRUAL);
        List<Reconciliation> reconciliations = months.stream().map(month -> new Reconciliation(month,
                netIncome.get(month), netIncome.get(month), Money.ZERO, List.of())).toList();
        return new SyncHistoryEntry(null, CompositionRoot.DEFAULT_COMPANY, UUID.randomUUID(), SyncType.PROFIT_AND_LOSS, months.get(0),
                months.get(months.size() - 1), "<QBXML/>", report, null, reconciliations, SyncOutcome.SUCCESS, "", at);
    }

    private static void get(TestApp app, String token, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    /** Adds a rule and deletes it again: two recalculations, the cost of one change counted as half. */
    private static void changeARule(TestApp app, String token) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(app.uri("/api/qbwc/mappings"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pattern\":\"Account 7\",\"matchType\":\"exact\","
                        + "\"metric\":\"orr\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        client.send(HttpRequest.newBuilder(app.uri("/api/qbwc/mappings/" + id))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Call {
        void run() throws Exception;
    }

    private static double median(Call call) throws Exception {
        call.run();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
