package dev.qbrsync.core.memory;

import dev.qbrsync.core.plan.CompanySyncState;
import dev.qbrsync.core.plan.SyncLedger;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public final class InMemorySyncLedger implements SyncLedger {
    private final Map<CompanyId, Map<YearMonth, Instant>> monthsSynced = new HashMap<>();
    private final Map<CompanyId, Set<YearMonth>> resyncRequested = new HashMap<>();
    private final Map<CompanyId, Instant> employeesSynced = new HashMap<>();

    @Override
    public synchronized CompanySyncState load(CompanyId companyId) {
        return new CompanySyncState(monthsSynced.getOrDefault(companyId, Map.of()),
                resyncRequested.getOrDefault(companyId, Set.of()), employeesSynced.get(companyId));
    }

    @Override
    public synchronized void markMonthsSynced(CompanyId companyId, Collection<YearMonth> months, Instant at) {
        Map<YearMonth, Instant> synced = monthsSynced.computeIfAbsent(companyId, id -> new HashMap<>());
        months.forEach(month -> synced.put(month, at));
        resyncRequested.getOrDefault(companyId, new HashSet<>()).removeAll(months);
    }

    @Override
    public synchronized void markEmployeesSynced(CompanyId companyId, Instant at) {
        employeesSynced.put(companyId, at);
    }

    @Override
    public synchronized void requestResync(CompanyId companyId, Collection<YearMonth> months) {
        resyncRequested.computeIfAbsent(companyId, id -> new HashSet<>()).addAll(months);
    }

    @Override
    public synchronized List<CompanyId> companies() {
        Set<CompanyId> companies = new TreeSet<>(monthsSynced.keySet());
        companies.addAll(resyncRequested.keySet());
        companies.addAll(employeesSynced.keySet());
        return List.copyOf(companies);
    }
}
