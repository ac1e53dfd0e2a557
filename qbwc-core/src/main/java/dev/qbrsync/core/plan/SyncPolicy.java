package dev.qbrsync.core.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * What the planner fetches and how often.
 *
 * @param windowMonths             full months back from the current month (the current month-to-date is added)
 * @param settleDays               days after a month's end before its figures are considered final
 * @param refreshInterval          how often an unsettled month is fetched again
 * @param employeeRefreshInterval  how often the employee list is fetched again
 */
public record SyncPolicy(int windowMonths, int settleDays, Duration refreshInterval, Duration employeeRefreshInterval,
                         int maxMonthsPerRequest) {

    /** No limit: every due month goes into one round trip. */
    public static final int WHOLE_WINDOW = 0;
    public static final SyncPolicy DEFAULT = new SyncPolicy(24, 45, Duration.ofHours(24), Duration.ofHours(24));

    /** Every due month in one round trip. */
    public SyncPolicy(int windowMonths, int settleDays, Duration refreshInterval, Duration employeeRefreshInterval) {
        this(windowMonths, settleDays, refreshInterval, employeeRefreshInterval, WHOLE_WINDOW);
    }

    public SyncPolicy {
        if (windowMonths < 0) {
            throw new IllegalArgumentException("windowMonths must not be negative");
        }
        if (settleDays < 0) {
            throw new IllegalArgumentException("settleDays must not be negative");
        }
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(employeeRefreshInterval, "employeeRefreshInterval");
        if (maxMonthsPerRequest < 0) {
            throw new IllegalArgumentException("maxMonthsPerRequest must not be negative (0: no limit)");
        }
    }

    /** This policy with a window of {@code months} full months back (0: the current month alone). */
    public SyncPolicy withWindowMonths(int months) {
        return new SyncPolicy(months, settleDays, refreshInterval, employeeRefreshInterval, maxMonthsPerRequest);
    }

    /** The most months one P&L request may cover. */
    public int monthsPerRequest() {
        return maxMonthsPerRequest == WHOLE_WINDOW ? SyncTask.ProfitAndLoss.MAX_MONTHS
                : Math.min(maxMonthsPerRequest, SyncTask.ProfitAndLoss.MAX_MONTHS);
    }
}
