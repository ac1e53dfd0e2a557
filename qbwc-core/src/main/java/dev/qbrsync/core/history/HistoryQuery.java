package dev.qbrsync.core.history;

import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;

/**
 * A page of sync history, newest first. Every filter is optional (null).
 *
 * @param from  created at or after
 * @param to    created before
 */
public record HistoryQuery(CompanyId companyId, SyncType type, SyncOutcome outcome, Instant from, Instant to,
                           int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 200;

    public HistoryQuery {
        java.util.Objects.requireNonNull(companyId, "a history query is about one company");
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static HistoryQuery firstPage(CompanyId companyId, int pageSize) {
        return new HistoryQuery(companyId, null, null, null, null, 0, pageSize);
    }
}
