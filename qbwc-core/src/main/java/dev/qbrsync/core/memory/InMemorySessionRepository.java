package dev.qbrsync.core.memory;

import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.session.AbandonedSession;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Sessions in memory, as one instance serves them. {@link #instance} gives another instance's view of the same
 * sessions; instances can be stopped, ended without stopping and silenced, with heartbeats timed by the store's clock.
 */
public final class InMemorySessionRepository implements SessionRepository {
    private final Store store;
    private final String instance;

    /** The sessions of one instance that never goes away; other instances' heartbeats are timed by the system clock. */
    public InMemorySessionRepository() {
        this(new Store(Clock.systemUTC()), "this instance");
    }

    private InMemorySessionRepository(Store store, String instance) {
        this.store = store;
        this.instance = instance;
        synchronized (store) {
            store.instances.putIfAbsent(instance, new Instance(null, null, false));
        }
    }

    /** Another instance on the same sessions, alive and heard from now. */
    public InMemorySessionRepository instance(String name) {
        InMemorySessionRepository other = new InMemorySessionRepository(store, name);
        heartbeat(name, store.clock.instant());
        return other;
    }

    public void heartbeat(String name, Instant at) {
        synchronized (store) {
            store.instances.computeIfPresent(name, (key, was) -> new Instance(at, was.stoppedAt(), was.ended()));
        }
    }

    public void stop(String name) {
        synchronized (store) {
            store.instances.computeIfPresent(name, (key, was) -> new Instance(was.heardAt(), store.clock.instant(),
                    was.ended()));
        }
    }

    public void endWithoutStopping(String name) {
        synchronized (store) {
            store.instances.computeIfPresent(name, (key, was) -> new Instance(was.heardAt(), was.stoppedAt(), true));
        }
    }

    @Override
    public boolean insertIfCompanyIdle(WebConnectorSession session, Instant liveAfter) {
        synchronized (store) {
            boolean busy = store.sessions.values().stream()
                    .anyMatch(other -> other.companyId().equals(session.companyId()) && other.state().holdsCompany()
                            && other.lastActivityAt().isAfter(liveAfter));
            if (busy) {
                return false;
            }
            store.sessions.put(session.id(), session);
            store.servedBy.put(session.id(), instance);
            return true;
        }
    }

    @Override
    public Optional<WebConnectorSession> findByTicketHash(String ticketHash) {
        synchronized (store) {
            return store.sessions.values().stream().filter(session -> session.ticketHash().equals(ticketHash))
                    .findFirst();
        }
    }

    @Override
    public void update(WebConnectorSession updated) {
        synchronized (store) {
            WebConnectorSession stored = store.sessions.get(updated.id());
            if (stored == null || stored.version() != updated.version() - 1) {
                throw new ConcurrentUpdateException("Session " + updated.id() + " was changed by another call");
            }
            store.sessions.put(updated.id(), updated);
            store.servedBy.put(updated.id(), instance);
        }
    }

    @Override
    public Optional<WebConnectorSession> latestForCompany(CompanyId companyId) {
        synchronized (store) {
            return store.sessions.values().stream()
                    .filter(session -> session.companyId().equals(companyId))
                    .max(Comparator.comparing(WebConnectorSession::createdAt));
        }
    }

    @Override
    public List<AbandonedSession> findAbandoned(Optional<CompanyId> companyId, Instant idleSince, Duration silenceLimit) {
        synchronized (store) {
            Instant heardAfter = store.clock.instant().minus(silenceLimit);
            return store.sessions.values().stream()
                    .filter(session -> session.state().holdsCompany() && !session.lastActivityAt().isAfter(idleSince))
                    .filter(session -> companyId.map(session.companyId()::equals).orElse(true))
                    .flatMap(session -> store.gone(session, heardAfter).stream())
                    .toList();
        }
    }

    @Override
    public Map<CompanyId, Instant> lastSuccesses() {
        synchronized (store) {
            Map<CompanyId, Instant> last = new TreeMap<>();
            store.sessions.values().stream().filter(WebConnectorSession::succeeded)
                    .forEach(session -> last.merge(session.companyId(), session.lastActivityAt(),
                            (a, b) -> a.isAfter(b) ? a : b));
            return last;
        }
    }

    /** An instance's state; {@code heardAt} null means it is always heard from. */
    private record Instance(Instant heardAt, Instant stoppedAt, boolean ended) {
    }

    private static final class Store {
        final Clock clock;
        final Map<UUID, WebConnectorSession> sessions = new LinkedHashMap<>();
        final Map<UUID, String> servedBy = new HashMap<>();
        final Map<String, Instance> instances = new HashMap<>();

        Store(Clock clock) {
            this.clock = clock;
        }

        Optional<AbandonedSession> gone(WebConnectorSession session, Instant heardAfter) {
            String name = servedBy.get(session.id());
            Instance served = instances.get(name);
            if (served.stoppedAt() != null) {
                return Optional.of(new AbandonedSession(session, name, AbandonedSession.InstanceEnd.STOPPED,
                        served.stoppedAt()));
            }
            if (served.ended()) {
                return Optional.of(new AbandonedSession(session, name,
                        AbandonedSession.InstanceEnd.ENDED_WITHOUT_STOPPING, served.heardAt()));
            }
            if (served.heardAt() != null && served.heardAt().isBefore(heardAfter)) {
                return Optional.of(new AbandonedSession(session, name, AbandonedSession.InstanceEnd.SILENT,
                        served.heardAt()));
            }
            return Optional.empty();
        }
    }
}
