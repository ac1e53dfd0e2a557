package dev.qbrsync.core.service;

import dev.qbrsync.core.port.SessionRepository;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Finds the session behind a ticket, refusing unknown, closed and expired tickets with a reason a person can read. */
final class SessionLookup {
    private final SessionRepository sessions;
    private final Clock clock;
    private final Duration idleTimeout;

    SessionLookup(SessionRepository sessions, Clock clock, Duration idleTimeout) {
        this.sessions = sessions;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The session when the ticket is usable, or why not. */
    record Found(WebConnectorSession session, String refusal) {
        boolean usable() {
            return refusal == null;
        }
    }

    Found find(String ticket) {
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
        if (session.isExpired(clock.instant(), idleTimeout)) {
            return new Found(session, "The session expired after " + idleTimeout.toMinutes()
                    + " idle minutes; run the Web Connector again.");
        }
        return new Found(session, null);
    }
}
