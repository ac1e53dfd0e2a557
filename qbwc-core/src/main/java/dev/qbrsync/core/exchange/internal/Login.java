package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.access.internal.CredentialCheckPool;
import dev.qbrsync.core.access.internal.LoginThrottle;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Auditor;
import dev.qbrsync.core.audit.Caller;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.session.TicketGenerator;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * authenticate: the throttle, the password check on its bounded pool, the plan of what is due and a new session with
 * its ticket. A session with nothing due answers {@code none}; a company already in a live session, or a server
 * checking too many passwords at once, answers {@code busy} and asks the Web Connector to postpone, unless that
 * session was abandoned (its instance is gone): then it is closed first. Every job's due requests make the plan, the
 * first round trips of all of them one qbXML message. Every answer carries all four positions, the last one the
 * shortest schedule the Web Connector may use.
 */
public final class Login {
    private static final String ACTION = "qbwc.authenticate";
    /** How long a Web Connector told busy waits before it tries again. */
    public static final int BUSY_POSTPONE_SECONDS = 60;
    /** Failed logins an address may have in a minute before its passwords are no longer checked. */
    public static final int REFUSALS_PER_ADDRESS_AND_MINUTE = 60;

    private final CredentialCheckPool credentials;
    private final LoginThrottle throttle;
    private final SessionJobs jobs;
    private final TicketGenerator tickets;
    private final SessionRepository sessions;
    private final AbandonedSessionCloser abandoned;
    private final Auditor auditor;
    private final Clock clock;
    private final Duration sessionTimeout;
    private final int minimumRunEverySeconds;

    public Login(CredentialCheckPool credentials, LoginThrottle throttle, SessionJobs jobs,
                 TicketGenerator tickets, SessionRepository sessions, AbandonedSessionCloser abandoned, Auditor auditor,
                 Clock clock, Duration sessionTimeout, Duration minimumRunEvery) {
        this.minimumRunEverySeconds = (int) Math.min(Integer.MAX_VALUE, minimumRunEvery.toSeconds());
        this.credentials = credentials;
        this.throttle = throttle;
        this.jobs = jobs;
        this.tickets = tickets;
        this.sessions = sessions;
        this.abandoned = abandoned;
        this.auditor = auditor;
        this.clock = clock;
        this.sessionTimeout = sessionTimeout;
    }

    public AuthenticateResult authenticate(Caller caller, String userName, char[] password) {
        String user = userName == null ? "" : userName;
        CredentialCheckPool.Outcome outcome;
        try {
            Optional<Refusal> refusal = refusalBeforeChecking(caller, user);
            if (refusal.isPresent()) {
                return refuseStranger(caller, user, refusal.get().status(), refusal.get().why());
            }
            outcome = credentials.check(user, caller.sourceAddress(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (outcome instanceof CredentialCheckPool.Outcome.Overloaded) {
            return refuseStranger(caller, user, AuthenticateResult.BUSY,
                    "refused: too many logins are being checked at once");
        }
        if (outcome instanceof CredentialCheckPool.Outcome.OverShare overShare) {
            return refuseStranger(caller, user, AuthenticateResult.BUSY, "refused: this address or user name "
                    + "already has " + overShare.share() + " logins waiting to be checked");
        }
        if (outcome instanceof CredentialCheckPool.Outcome.Disabled disabled) {
            caller.attributeTo(disabled.companyId());
            return refuse(caller, user, AuthenticateResult.NOT_VALID_USER, "refused: company " + disabled.companyId()
                    + " is disabled (its data is kept; 'qbr-sync company enable' lets it sync again)");
        }
        if (!(outcome instanceof CredentialCheckPool.Outcome.Accepted accepted)) {
            throttle.recordFailure(user, caller.sourceAddress());
            return refuseStranger(caller, user, AuthenticateResult.NOT_VALID_USER, "wrong user name or password");
        }
        throttle.recordSuccess(user, caller.sourceAddress());
        return open(caller, user, accepted.companyId());
    }

    /**
     * Why the password is not even checked: this address was refused too often this minute (unless this user logged
     * in from it before), or this user name failed too often from it.
     */
    private Optional<Refusal> refusalBeforeChecking(Caller caller, String user) {
        if (!credentials.knows(user, caller.sourceAddress())
                && auditor.failuresThisMinute(caller, ACTION) >= REFUSALS_PER_ADDRESS_AND_MINUTE) {
            return Optional.of(new Refusal(AuthenticateResult.BUSY, "refused without checking the password: "
                    + REFUSALS_PER_ADDRESS_AND_MINUTE + " logins from this address failed this minute"));
        }
        return throttle.waitBeforeNextAttempt(user, caller.sourceAddress()).map(wait -> new Refusal(
                AuthenticateResult.NOT_VALID_USER, "refused without checking the password: too many failed logins "
                + "for this user name from this address; the next attempt is allowed in "
                + Math.max(1, wait.toSeconds()) + " s"));
    }

    private record Refusal(String status, String why) {
    }

    private AuthenticateResult open(Caller caller, String user, CompanyId companyId) {
        caller.attributeTo(companyId);
        abandoned.closeFor(companyId);
        Instant now = clock.instant();
        SyncPlan plan = jobs.plan(companyId, now);
        Ticket ticket = tickets.next();
        WebConnectorSession session = WebConnectorSession.start(UUID.randomUUID(), ticket, companyId, user, plan, now);
        if (!sessions.insertIfCompanyIdle(session, now.minus(sessionTimeout))) {
            return refuse(caller, user, AuthenticateResult.BUSY,
                    "company " + companyId + " is busy with another Web Connector session");
        }
        auditor.record(caller, user, ACTION, AuditOutcome.SUCCESS,
                "ticket " + ticket.masked() + ", company " + companyId + ", " + plan.size() + " requests planned");
        String status = plan.isEmpty() ? AuthenticateResult.NOTHING_TO_DO : AuthenticateResult.USE_OPEN_COMPANY_FILE;
        return new AuthenticateResult(ticket.value(), status, null, minimumRunEverySeconds);
    }

    /**
     * A refusal of a caller that proved nothing: audited in full for the first few of an address and minute, else
     * counted; a wrong password or a throttled attempt counts toward the address's limit, a busy answer does not.
     */
    private AuthenticateResult refuseStranger(Caller caller, String user, String status, String why) {
        auditor.recordRefusal(caller, user, ACTION, !status.equals(AuthenticateResult.BUSY), why);
        return answer(status);
    }

    private AuthenticateResult refuse(Caller caller, String user, String status, String why) {
        auditor.record(caller, user, ACTION, AuditOutcome.DENIED, why);
        return answer(status);
    }

    private AuthenticateResult answer(String status) {
        Integer postpone = status.equals(AuthenticateResult.BUSY) ? BUSY_POSTPONE_SECONDS : null;
        return new AuthenticateResult("", status, postpone, minimumRunEverySeconds);
    }
}
