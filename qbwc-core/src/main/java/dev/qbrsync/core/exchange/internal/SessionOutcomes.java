package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.core.session.internal.TicketCheck;

import java.time.Clock;

/**
 * How a Web Connector call that cannot go on ends: refused (the ticket is not usable), failed (the session is marked
 * failed, getLastError will explain), or out of order. Each is audited; each returns the answer QBWC expects.
 */
public final class SessionOutcomes {
    private final SessionRepository sessions;
    private final Auditor auditor;
    private final Clock clock;

    public SessionOutcomes(SessionRepository sessions, Auditor auditor, Clock clock) {
        this.sessions = sessions;
        this.auditor = auditor;
        this.clock = clock;
    }

    public <T> T refuse(Caller caller, TicketCheck.Found found, String action, T answer) {
        audit(caller, found, action, AuditOutcome.DENIED, found.refusal());
        return answer;
    }

    /** Audits a call by its ticket; one whose ticket names no session is a stranger's, summarised per minute. */
    public void audit(Caller caller, TicketCheck.Found found, String action, AuditOutcome outcome, String detail) {
        if (found.known().isEmpty()) {
            auditor.recordRefusal(caller, null, action, false, detail);
        } else {
            auditor.record(caller, found.known().get().userName(), action, outcome, detail);
        }
    }

    public <T> T fail(Caller caller, WebConnectorSession session, String action, String error, T answer) {
        store(session.fail(error, clock.instant()));
        auditor.record(caller, session.userName(), action, AuditOutcome.FAILURE, error);
        return answer;
    }

    /** Fails the session because it must not go on (its caller is refused), not because something broke. */
    <T> T deny(Caller caller, WebConnectorSession session, String action, String error, T answer) {
        store(session.fail(error, clock.instant()));
        auditor.record(caller, session.userName(), action, AuditOutcome.DENIED, error);
        return answer;
    }

    /** A call the session's state does not allow; a failed session keeps the reason it failed for. */
    <T> T failOutOfOrder(Caller caller, WebConnectorSession session, String action, T answer) {
        String method = action.substring(action.indexOf('.') + 1);
        if (session.state() == SessionState.FAILED) {
            auditor.record(caller, session.userName(), action, AuditOutcome.DENIED, method
                    + " was called after the session failed: " + session.lastError());
            return answer;
        }
        return fail(caller, session, action, method + " was called out of order (the session was "
                + session.state().name().toLowerCase().replace('_', ' ') + "); run the Web Connector again.", answer);
    }

    <T> T refuseConcurrent(Caller caller, WebConnectorSession session, String action, T answer) {
        auditor.record(caller, session.userName(), action, AuditOutcome.DENIED,
                "another call changed this session at the same time");
        return answer;
    }

    /** Stores a session change; false when a concurrent call changed the session first. */
    public boolean store(WebConnectorSession changed) {
        try {
            sessions.update(changed);
            return true;
        } catch (ConcurrentUpdateException e) {
            return false;
        }
    }
}
