package dev.qbrsync.core.exchange;

import dev.qbrsync.core.metrics.KeptValue;
import dev.qbrsync.core.metrics.MonthlyMetrics;
import dev.qbrsync.core.quickbooks.QbxmlStatus;

import java.util.List;
import java.util.stream.Collectors;

/** The parts the built-in jobs' history messages share: QuickBooks' warning, values kept, long lists cut short. */
final class StoredMessages {
    static final int MAX_NAMED = 20;

    private StoredMessages() {
    }

    /** How many metric values were written: every value computed but those people entered, which were kept. */
    static int written(List<MonthlyMetrics> metrics, List<KeptValue> kept) {
        return metrics.stream().mapToInt(monthly -> monthly.values().size()).sum() - kept.size();
    }

    static String keptMessage(List<KeptValue> kept) {
        return kept.isEmpty() ? "" : "values entered by people were kept: " + kept.stream().limit(MAX_NAMED)
                .map(KeptValue::describe).collect(Collectors.joining("; ")) + more(kept.size());
    }

    static String warning(QbxmlStatus status) {
        return status.isWarning() ? "QuickBooks warning " + status.code() + ": " + status.message() : "";
    }

    static String more(int count) {
        return count > MAX_NAMED ? " and " + (count - MAX_NAMED) + " more" : "";
    }
}
