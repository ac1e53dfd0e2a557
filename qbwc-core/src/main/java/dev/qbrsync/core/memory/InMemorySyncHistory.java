package dev.qbrsync.core.memory;

import dev.qbrsync.core.history.HistoryQuery;
import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.Page;
import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.metrics.StoredReports;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

public final class InMemorySyncHistory implements SyncHistory, StoredReports {
    private static final Comparator<SyncHistoryEntry> NEWEST_FIRST = Comparator
            .comparing(SyncHistoryEntry::createdAt).thenComparing(SyncHistoryEntry::id).reversed();

    private final List<SyncHistoryEntry> entries = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized SyncHistoryEntry record(SyncHistoryEntry entry) {
        SyncHistoryEntry stored = entry.withId(nextId++);
        entries.add(stored);
        return stored;
    }

    @Override
    public synchronized Page<HistorySummary> find(HistoryQuery query) {
        List<SyncHistoryEntry> matching = entries.stream().filter(matches(query)).sorted(NEWEST_FIRST).toList();
        List<HistorySummary> page = matching.stream()
                .skip((long) query.page() * query.pageSize())
                .limit(query.pageSize())
                .map(SyncHistoryEntry::summary)
                .toList();
        return new Page<>(page, query.page(), query.pageSize(), matching.size());
    }

    @Override
    public synchronized Optional<HistorySummary> latestStored(CompanyId companyId, SyncType type) {
        return entries.stream()
                .filter(entry -> entry.companyId().equals(companyId) && entry.type() == type)
                .filter(entry -> entry.outcome() != SyncOutcome.FAILED)
                .min(NEWEST_FIRST)
                .map(SyncHistoryEntry::summary);
    }

    @Override
    public synchronized Optional<SyncHistoryEntry> entry(CompanyId companyId, long id) {
        return entries.stream().filter(entry -> entry.id() == id && entry.companyId().equals(companyId)).findFirst();
    }

    private static Predicate<SyncHistoryEntry> matches(HistoryQuery query) {
        return entry -> query.companyId().equals(entry.companyId())
                && (query.type() == null || query.type() == entry.type())
                && (query.outcome() == null || query.outcome() == entry.outcome())
                && (query.from() == null || !entry.createdAt().isBefore(query.from()))
                && (query.to() == null || entry.createdAt().isBefore(query.to()));
    }

    private List<SyncHistoryEntry> storedReports(CompanyId companyId) {
        return entries.stream()
                .filter(entry -> entry.companyId().equals(companyId) && entry.type() == SyncType.PROFIT_AND_LOSS)
                .filter(entry -> entry.outcome() != SyncOutcome.FAILED && entry.report() != null)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public synchronized Map<YearMonth, Long> newestIdPerMonth(CompanyId companyId) {
        Map<YearMonth, Long> newest = new HashMap<>();
        storedReports(companyId).forEach(entry -> entry.report().months()
                .forEach(month -> newest.putIfAbsent(month, entry.id())));
        return newest;
    }

    @Override
    public synchronized List<NewestReport> newestPerMonth(CompanyId companyId) {
        Map<Long, Set<YearMonth>> monthsByEntry = new LinkedHashMap<>();
        newestIdPerMonth(companyId).forEach((month, id) ->
                monthsByEntry.computeIfAbsent(id, ignored -> new TreeSet<>()).add(month));
        return storedReports(companyId).stream()
                .filter(entry -> monthsByEntry.containsKey(entry.id()))
                .map(entry -> new NewestReport(stored(entry), monthsByEntry.get(entry.id())))
                .toList();
    }

    @Override
    public synchronized Optional<StoredReport> latest(CompanyId companyId) {
        return storedReports(companyId).stream().findFirst().map(InMemorySyncHistory::stored);
    }

    private static StoredReport stored(SyncHistoryEntry entry) {
        return new StoredReport(entry.id(), entry.report(), entry.reconciliations(), entry.keptValues());
    }

    @Override
    public synchronized Optional<SyncHistoryEntry> latestRoster(CompanyId companyId) {
        return entries.stream()
                .filter(entry -> entry.companyId().equals(companyId) && entry.roster() != null)
                .filter(entry -> entry.outcome() != SyncOutcome.FAILED)
                .min(NEWEST_FIRST);
    }

    @Override
    public synchronized int purgeRawPayloadsBefore(Instant cutoff) {
        int purged = 0;
        for (int i = 0; i < entries.size(); i++) {
            SyncHistoryEntry entry = entries.get(i);
            if (entry.rawResponse() != null && entry.createdAt().isBefore(cutoff)) {
                entries.set(i, entry.withoutRawResponse());
                purged++;
            }
        }
        return purged;
    }
}
