package dev.qbrsync.core.memory;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditLog;

import java.util.ArrayList;
import java.util.List;

public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<AuditEvent> recent(int limit) {
        List<AuditEvent> newestFirst = new ArrayList<>(events);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }
}
