package dev.qbrsync.core.history;

import java.util.List;

/** One page of a longer, newest-first listing. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
