package dev.qbrsync.core.testing;

import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemorySessionRepository implements SessionRepository {
    private final Map<UUID, WebConnectorSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized boolean insertIfCompanyIdle(WebConnectorSession session, Instant liveAfter) {
        boolean busy = sessions.values().stream()
                .anyMatch(other -> other.companyId().equals(session.companyId()) && other.state().holdsCompany()
                        && other.lastActivityAt().isAfter(liveAfter));
        if (busy) {
            return false;
        }
        sessions.put(session.id(), session);
        return true;
    }

    @Override
    public synchronized Optional<WebConnectorSession> findByTicketHash(String ticketHash) {
        return sessions.values().stream().filter(session -> session.ticketHash().equals(ticketHash)).findFirst();
    }

    @Override
    public synchronized void update(WebConnectorSession updated) {
        WebConnectorSession stored = sessions.get(updated.id());
        if (stored == null || stored.version() != updated.version() - 1) {
            throw new ConcurrentUpdateException("Session " + updated.id() + " was changed by another call");
        }
        sessions.put(updated.id(), updated);
    }

    @Override
    public synchronized Optional<WebConnectorSession> latestForCompany(String companyId) {
        return sessions.values().stream()
                .filter(session -> session.companyId().equals(companyId))
                .max(Comparator.comparing(WebConnectorSession::createdAt));
    }
}
