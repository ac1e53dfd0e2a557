package dev.qbrsync.core.memory;

import dev.qbrsync.core.access.BrowserSession;
import dev.qbrsync.core.access.BrowserSessionRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryBrowserSessionRepository implements BrowserSessionRepository {
    private final Map<String, BrowserSession> sessions = new HashMap<>();

    @Override
    public synchronized void create(BrowserSession session) {
        if (sessions.putIfAbsent(session.idHash(), session) != null) {
            throw new IllegalArgumentException("A browser session with this id already exists");
        }
    }

    @Override
    public synchronized Optional<BrowserSession> findByIdHash(String idHash) {
        return Optional.ofNullable(sessions.get(idHash));
    }

    @Override
    public synchronized boolean delete(String idHash) {
        return sessions.remove(idHash) != null;
    }

    @Override
    public synchronized int deleteExpired(Instant now) {
        int before = sessions.size();
        sessions.values().removeIf(session -> !session.isOpenAt(now));
        return before - sessions.size();
    }
}
