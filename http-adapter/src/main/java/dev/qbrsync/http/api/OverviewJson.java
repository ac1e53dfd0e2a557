package dev.qbrsync.http.api;

import dev.qbrsync.core.history.HistorySummary;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.mapping.AccountMapping;
import dev.qbrsync.core.mapping.MappedAccount;
import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.Reconciliation;
import dev.qbrsync.core.metrics.StoredMetric;
import dev.qbrsync.core.overview.CompanyStatus;
import dev.qbrsync.core.session.SessionState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The read-side JSON shapes of the API: status, history, metrics and accounts. */
final class OverviewJson {

    private OverviewJson() {
    }

    record ReconciliationJson(YearMonth month, BigDecimal calculatedNetProfit, BigDecimal reportedNetIncome,
                              BigDecimal difference, boolean balanced, List<String> causes) {
        static ReconciliationJson of(Reconciliation r) {
            return new ReconciliationJson(r.month(), r.calculatedNetProfit(), r.reportedNetIncome(), r.difference(),
                    r.isBalanced(), r.causes());
        }
    }

    record KeptValueJson(YearMonth month, String metric, BigDecimal kept, String keptBy,
                         BigDecimal quickBooksValue) {
        static KeptValueJson of(KeptValue kept) {
            return new KeptValueJson(kept.month(), kept.key().code(), kept.kept(), kept.keptBy(),
                    kept.quickBooksValue());
        }
    }

    record StatusJson(String company, String companyName, Instant lastSessionAt, SessionState lastSessionState,
                      String lastError, Instant lastSuccessAt, boolean stale, List<YearMonth> monthsSynced,
                      List<YearMonth> monthsDue, Instant employeesSyncedAt, List<ReconciliationJson> reconciliations,
                      List<KeptValueJson> keptValues) {
        static StatusJson of(CompanyStatus status) {
            return new StatusJson(status.companyId().value(), status.companyName(), status.lastSessionAt(),
                    status.lastSessionState(), status.lastError(), status.lastSuccessAt(), status.stale(),
                    status.monthsSynced(), status.monthsDue(), status.employeesSyncedAt(),
                    status.reconciliations().stream().map(ReconciliationJson::of).toList(),
                    status.keptValues().stream().map(KeptValueJson::of).toList());
        }
    }

    record HistoryJson(long id, String company, UUID sessionId, String type, YearMonth periodFirst,
                       YearMonth periodLast, String outcome, String message, Instant createdAt,
                       boolean rawResponseKept, int metricsUpdated, List<ReconciliationJson> reconciliations,
                       List<KeptValueJson> keptValues) {
        static HistoryJson of(HistorySummary entry) {
            return new HistoryJson(entry.id(), entry.companyId().value(), entry.sessionId(), entry.type().name().toLowerCase(),
                    entry.periodFirst(), entry.periodLast(), entry.outcome().name().toLowerCase(), entry.message(),
                    entry.createdAt(), entry.rawResponseKept(), entry.metricsUpdated(),
                    entry.reconciliations().stream().map(ReconciliationJson::of).toList(),
                    entry.keptValues().stream().map(KeptValueJson::of).toList());
        }
    }

    record HistoryPageJson(int page, int pageSize, long total, List<HistoryJson> items) {
    }

    /** What a history entry read: the months and accounts of a report, or the employees of a list. */
    record ParsedJson(List<YearMonth> months, int accounts, Map<YearMonth, BigDecimal> netIncome, Integer employees,
                      Long activeEmployees) {
        static ParsedJson of(SyncHistoryEntry entry) {
            return entry.profitAndLoss()
                    .map(report -> new ParsedJson(report.months(), report.accounts().size(),
                            new TreeMap<>(report.netIncome()), null, null))
                    .or(() -> entry.employees().map(roster -> new ParsedJson(List.of(), 0, Map.of(),
                            roster.employees().size(), roster.activeCount())))
                    .orElse(null);
        }
    }

    record HistoryEntryJson(HistoryJson entry, ParsedJson parsed) {
        static HistoryEntryJson of(SyncHistoryEntry entry) {
            return new HistoryEntryJson(HistoryJson.of(entry.summary()), ParsedJson.of(entry));
        }
    }

    record MetricJson(YearMonth month, String key, BigDecimal value, String source, Instant updatedAt) {
        static MetricJson of(StoredMetric metric) {
            return new MetricJson(metric.month(), metric.key().code(), metric.value(), metric.source(),
                    metric.updatedAt());
        }
    }

    record MetricsJson(String company, YearMonth from, YearMonth to, List<MetricJson> metrics) {
    }

    record AccountJson(String fullName, String section, Map<YearMonth, BigDecimal> amounts, String metric,
                       String mappedBy, Long ruleId, String explanation) {
        static AccountJson of(MappedAccount review) {
            AccountMapping mapping = review.mapping();
            return new AccountJson(review.account().fullName(), review.account().section().name().toLowerCase(),
                    new TreeMap<>(review.account().amounts()), mapping.metric().code(),
                    mapping.source().name().toLowerCase(), mapping.matchedRule().map(rule -> rule.id()).orElse(null),
                    mapping.explanation());
        }
    }

    record AccountsJson(String company, List<AccountJson> accounts) {
    }

    record ResyncJson(String company, List<String> months) {
    }
}
