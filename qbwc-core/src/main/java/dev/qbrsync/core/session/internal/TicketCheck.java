package dev.qbrsync.core.session.internal;

import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds the session behind a ticket QBWC sent back, refusing unknown, closed, expired and nothing-to-do tickets with a
 * reason a person can read.
 */
public final class TicketCheck {
    private final SessionRepository sessions;
    private final Clock clock;
    private final Duration idleTimeout;

    public TicketCheck(SessionRepository sessions, Clock clock, Duration idleTimeout) {
        this.sessions = sessions;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The session behind a ticket (when there is one) and, when it may not be used, why. */
    public record Found(WebConnectorSession session, String refusal) {
        public boolean usable() {
            return refusal == null;
        }

        public Optional<WebConnectorSession> known() {
            return Optional.ofNullable(session);
        }
    }

    /** Looks the ticket up and, when it is known, tells the caller which company the call is for. */
    public Found find(Caller caller, String ticket) {
        Found found = find(ticket);
        found.known().ifPresent(session -> caller.attributeTo(session.companyId()));
        return found;
    }

    private Found find(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return new Found(null, "No ticket was sent; run the Web Connector again.");
        }
        Optional<WebConnectorSession> stored = sessions.findByTicketHash(new Ticket(ticket).hash());
        if (stored.isEmpty()) {
            return new Found(null, "Unknown ticket; run the Web Connector again.");
        }
        WebConnectorSession session = stored.get();
        if (session.state() == SessionState.CLOSED) {
            return new Found(session, "This session was closed; run the Web Connector again.");
        }
        if (session.state() == SessionState.NOTHING_TO_DO) {
            return new Found(session, "There was nothing to sync in this session; every month is up to date.");
        }
        if (session.isExpired(clock.instant(), idleTimeout)) {
            return new Found(session, "The session expired after " + idleTimeout.toMinutes()
                    + " idle minutes; run the Web Connector again.");
        }
        return new Found(session, null);
    }
}
