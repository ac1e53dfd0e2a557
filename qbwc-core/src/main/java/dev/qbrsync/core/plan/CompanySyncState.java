package dev.qbrsync.core.plan;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What has been fetched for one company: when each month's P&L was last stored, which months a user asked to fetch
 * again, and when the employee list was last stored.
 */
public record CompanySyncState(
        Map<YearMonth, Instant> monthLastSynced,
        Set<YearMonth> resyncRequested,
        Instant employeesLastSynced) {

    public CompanySyncState {
        monthLastSynced = Map.copyOf(monthLastSynced);
        resyncRequested = Set.copyOf(resyncRequested);
    }

    public static CompanySyncState neverSynced() {
        return new CompanySyncState(Map.of(), Set.of(), null);
    }

    public Optional<Instant> lastSynced(YearMonth month) {
        return Optional.ofNullable(monthLastSynced.get(month));
    }

    public Optional<Instant> employeesSyncedAt() {
        return Optional.ofNullable(employeesLastSynced);
    }
}
