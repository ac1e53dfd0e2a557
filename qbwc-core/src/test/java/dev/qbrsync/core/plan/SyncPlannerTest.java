package dev.qbrsync.core.plan;

import dev.qbrsync.core.plan.internal.SyncPlanner;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SyncPlannerTest {
    private static final SyncPolicy POLICY = new SyncPolicy(24, 45, Duration.ofHours(24), Duration.ofHours(24));

    private static SyncPlanner plannerAt(String instant) {
        return new SyncPlanner(POLICY, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static Map<YearMonth, Instant> allSynced(SyncPlanner planner, Instant at) {
        Map<YearMonth, Instant> synced = new HashMap<>();
        planner.window().forEach(month -> synced.put(month, at));
        return synced;
    }

    @Test
    void aFirstSyncFetchesTheWholeWindowAndTheEmployeesInOneRoundTrip() {
        SyncPlanner planner = plannerAt("2026-01-15T10:00:00Z");

        SyncPlan plan = planner.plan(CompanySyncState.neverSynced());

        assertThat(planner.window()).hasSize(25).startsWith(YearMonth.of(2024, 1)).endsWith(YearMonth.of(2026, 1));
        assertThat(plan.rounds()).containsExactly(List.of(
                new SyncTask.ProfitAndLoss(YearMonth.of(2024, 1), YearMonth.of(2026, 1)),
                new SyncTask.EmployeeList()));
    }

    @Test
    void aLimitOnMonthsPerRequestSplitsTheWindowIntoRoundTripsWithTheEmployeesInTheFirst() {
        SyncPlanner planner = new SyncPlanner(new SyncPolicy(24, 45, Duration.ofHours(24), Duration.ofHours(24), 12),
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));

        SyncPlan plan = planner.plan(CompanySyncState.neverSynced());

        assertThat(plan.rounds()).containsExactly(
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2024, 1), YearMonth.of(2024, 12)),
                        new SyncTask.EmployeeList()),
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2025, 1), YearMonth.of(2025, 12))),
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 1))));
    }

    @Test
    void settledMonthsAreNotFetchedAgainButUnsettledOnesAreRefreshedDaily() {
        SyncPlanner planner = plannerAt("2026-03-20T10:00:00Z");
        Instant yesterday = Instant.parse("2026-03-19T09:00:00Z");
        CompanySyncState state = new CompanySyncState(allSynced(planner, yesterday), Set.of(), yesterday);

        // January settled on 2026-03-18 (45 days after February 1) and was synced after that; February has not settled.
        assertThat(planner.dueMonths(state)).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(planner.plan(state).tasks()).containsExactly(
                new SyncTask.ProfitAndLoss(YearMonth.of(2026, 2), YearMonth.of(2026, 3)), new SyncTask.EmployeeList());
    }

    @Test
    void aMonthSyncedBeforeItSettledIsFetchedOnceMoreAfterwards() {
        // January 2026 settles at 2026-03-18T00:00Z: February 1 plus 45 days.
        Instant beforeSettling = Instant.parse("2026-03-17T23:00:00Z");
        SyncPlanner atSettling = plannerAt("2026-03-18T00:00:00Z");
        Map<YearMonth, Instant> synced = allSynced(atSettling, Instant.parse("2026-03-18T00:00:00Z"));
        synced.put(YearMonth.of(2026, 1), beforeSettling);
        CompanySyncState state = new CompanySyncState(synced, Set.of(), null);

        assertThat(atSettling.dueMonths(state)).doesNotContain(YearMonth.of(2026, 1));
        assertThat(plannerAt("2026-03-18T23:00:00Z").dueMonths(state)).contains(YearMonth.of(2026, 1));

        synced.put(YearMonth.of(2026, 1), Instant.parse("2026-03-18T23:00:00Z"));
        assertThat(plannerAt("2026-06-01T00:00:00Z").dueMonths(new CompanySyncState(synced, Set.of(), null)))
                .doesNotContain(YearMonth.of(2026, 1));
    }

    @Test
    void unsettledMonthsWaitForTheRefreshInterval() {
        SyncPlanner planner = plannerAt("2026-03-20T10:00:00Z");
        Map<YearMonth, Instant> synced = allSynced(planner, Instant.parse("2026-03-20T09:00:00Z"));

        assertThat(planner.dueMonths(new CompanySyncState(synced, Set.of(), null))).isEmpty();
        synced.put(YearMonth.of(2026, 3), Instant.parse("2026-03-19T10:00:00Z"));
        assertThat(planner.dueMonths(new CompanySyncState(synced, Set.of(), null)))
                .containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void aResyncRequestFetchesASettledMonthAgain() {
        SyncPlanner planner = plannerAt("2026-03-20T10:00:00Z");
        Map<YearMonth, Instant> synced = allSynced(planner, Instant.parse("2026-03-20T09:00:00Z"));

        List<YearMonth> due = planner.dueMonths(
                new CompanySyncState(synced, Set.of(YearMonth.of(2024, 6), YearMonth.of(2024, 7)), null));

        assertThat(due).containsExactly(YearMonth.of(2024, 6), YearMonth.of(2024, 7));
    }

    @Test
    void nonConsecutiveDueMonthsGoOutAsSeparateRequestsInTheSameRoundTrip() {
        SyncPlanner planner = plannerAt("2026-03-20T10:00:00Z");
        Map<YearMonth, Instant> synced = allSynced(planner, Instant.parse("2026-03-20T09:00:00Z"));

        SyncPlan plan = planner.plan(new CompanySyncState(synced,
                Set.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 2)),
                Instant.parse("2026-03-20T09:00:00Z")));

        assertThat(plan.rounds()).containsExactly(List.of(
                new SyncTask.ProfitAndLoss(YearMonth.of(2025, 11), YearMonth.of(2025, 12)),
                new SyncTask.ProfitAndLoss(YearMonth.of(2026, 2), YearMonth.of(2026, 2))));
    }

    @Test
    void nothingDueMakesAnEmptyPlan() {
        SyncPlanner planner = plannerAt("2026-03-20T10:00:00Z");
        Instant hourAgo = Instant.parse("2026-03-20T09:00:00Z");

        assertThat(planner.plan(new CompanySyncState(allSynced(planner, hourAgo), Set.of(), hourAgo)).isEmpty())
                .isTrue();
    }

    @Test
    void theEmployeeListIsFetchedWhenItsIntervalHasPassed() {
        SyncPlanner planner = plannerAt("2026-03-20T10:00:00Z");
        Map<YearMonth, Instant> synced = allSynced(planner, Instant.parse("2026-03-20T09:00:00Z"));

        assertThat(planner.plan(new CompanySyncState(synced, Set.of(), Instant.parse("2026-03-19T10:00:00Z"))).tasks())
                .containsExactly(new SyncTask.EmployeeList());
        assertThat(planner.plan(new CompanySyncState(synced, Set.of(), Instant.parse("2026-03-19T10:00:01Z"))).tasks())
                .isEmpty();
    }

    @Test
    void aLeapYearFebruarySettlesFortyFiveDaysAfterItsEnd() {
        // March 1 plus 45 days is April 15; February 2024 had 29 days.
        SyncPlanner planner = plannerAt("2024-05-20T12:00:00Z");
        Map<YearMonth, Instant> synced = allSynced(planner, Instant.parse("2024-05-20T11:00:00Z"));

        synced.put(YearMonth.of(2024, 2), Instant.parse("2024-04-14T23:59:59Z"));
        assertThat(planner.dueMonths(new CompanySyncState(synced, Set.of(), null))).containsExactly(YearMonth.of(2024, 2));

        synced.put(YearMonth.of(2024, 2), Instant.parse("2024-04-15T00:00:00Z"));
        assertThat(planner.dueMonths(new CompanySyncState(synced, Set.of(), null))).isEmpty();
    }

    @Test
    void plansSurviveTheirTextFormAndCountTasksPerRound() {
        SyncPlan plan = new SyncPlan(List.of(
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2025, 12), YearMonth.of(2026, 1)),
                        new SyncTask.EmployeeList()),
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2026, 2), YearMonth.of(2026, 2)))));

        assertThat(SyncPlan.decode(plan.encode())).isEqualTo(plan);
        assertThat(SyncPlan.decode("")).isEqualTo(SyncPlan.empty());
        assertThat(SyncPlan.decode("PNL:2025-12..2026-01;EMPLOYEES").rounds()).as("one request per round, as before")
                .hasSize(2);
        assertThat(plan.tasksBefore(1)).isEqualTo(2);
        assertThat(List.of(plan.roundAfter(0), plan.roundAfter(2), plan.roundAfter(3))).containsExactly(0, 1, 2);
    }
}
