package dev.qbrsync.core.plan.internal;

import dev.qbrsync.core.plan.CompanySyncState;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncPolicy;
import dev.qbrsync.core.plan.SyncTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which QuickBooks requests a session makes. The window is {@code windowMonths} full months back plus the
 * current month-to-date. A month is settled once {@code settleDays} have passed after its end and it was synced after
 * that: settled months are never fetched again unless a user asked for a resync. Unsettled months are refreshed at
 * most once per refresh interval. Due months go out as one P&L request per run of consecutive months (at most 12).
 */
public final class SyncPlanner {
    private final SyncPolicy policy;
    private final Clock clock;

    public SyncPlanner(SyncPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One round trip with every due month (one P&L request per run of consecutive months) and the employee list; with
     * a limit on months per request, one round trip per P&L request, the employee list riding in the first.
     */
    public SyncPlan plan(CompanySyncState state) {
        return profitAndLoss(state).beside(employees(state));
    }

    /**
     * The P&L requests due: one round trip with one request per run of consecutive due months, or with a limit on
     * months per request, one round trip per request.
     */
    public SyncPlan profitAndLoss(CompanySyncState state) {
        List<SyncTask> reports = profitAndLossTasks(dueMonths(state), policy.monthsPerRequest());
        if (policy.maxMonthsPerRequest() == SyncPolicy.WHOLE_WINDOW && !reports.isEmpty()) {
            return new SyncPlan(List.of(reports));
        }
        return SyncPlan.oneRoundEach(reports);
    }

    /** The employee list in a round trip of its own when it is due, else nothing. */
    public SyncPlan employees(CompanySyncState state) {
        return employeesDue(state) ? new SyncPlan(List.of(List.of(new SyncTask.EmployeeList()))) : SyncPlan.empty();
    }

    /** The months of the window, oldest first. */
    public List<YearMonth> window() {
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = current.minusMonths(policy.windowMonths()); !month.isAfter(current);
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Window months the next session would fetch, oldest first. */
    public List<YearMonth> dueMonths(CompanySyncState state) {
        Instant now = clock.instant();
        return window().stream().filter(month -> isDue(month, state, now)).toList();
    }

    private boolean isDue(YearMonth month, CompanySyncState state, Instant now) {
        if (state.resyncRequested().contains(month)) {
            return true;
        }
        Instant lastSynced = state.lastSynced(month).orElse(null);
        if (lastSynced == null) {
            return true;
        }
        Instant settlesAt = settlesAt(month, clock.getZone());
        boolean settled = !now.isBefore(settlesAt) && !lastSynced.isBefore(settlesAt);
        return !settled && !lastSynced.plus(policy.refreshInterval()).isAfter(now);
    }

    private Instant settlesAt(YearMonth month, ZoneId zone) {
        return month.plusMonths(1).atDay(1).plusDays(policy.settleDays()).atStartOfDay(zone).toInstant();
    }

    private boolean employeesDue(CompanySyncState state) {
        return state.employeesSyncedAt()
                .map(at -> !at.plus(policy.employeeRefreshInterval()).isAfter(clock.instant()))
                .orElse(true);
    }

    private static List<SyncTask> profitAndLossTasks(List<YearMonth> dueMonths, int monthsPerRequest) {
        List<SyncTask> tasks = new ArrayList<>();
        YearMonth runStart = null;
        YearMonth runEnd = null;
        for (YearMonth month : dueMonths) {
            boolean extendsRun = runEnd != null && runEnd.plusMonths(1).equals(month)
                    && runStart.plusMonths(monthsPerRequest - 1).isAfter(runEnd);
            if (!extendsRun) {
                if (runStart != null) {
                    tasks.add(new SyncTask.ProfitAndLoss(runStart, runEnd));
                }
                runStart = month;
            }
            runEnd = month;
        }
        if (runStart != null) {
            tasks.add(new SyncTask.ProfitAndLoss(runStart, runEnd));
        }
        return tasks;
    }
}
