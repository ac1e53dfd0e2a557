package dev.qbrsync.core.session;

import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores Web Connector sessions between calls. Several QBR Sync instances may share one store: every session stored or
 * updated through a repository is marked as served by that repository's instance, so that a session whose instance is
 * gone can be found ({@link #findAbandoned}).
 */
public interface SessionRepository {

    /**
     * Stores a new session unless its company already has a live one: an open session whose last activity is after
     * {@code liveAfter}. Atomic: of two racing calls for one company, exactly one returns true.
     */
    boolean insertIfCompanyIdle(WebConnectorSession session, Instant liveAfter);

    Optional<WebConnectorSession> findByTicketHash(String ticketHash);

    /**
     * Replaces the stored session whose version is {@code updated.version() - 1}.
     *
     * @throws ConcurrentUpdateException when another call changed it first
     */
    void update(WebConnectorSession updated);

    /** The most recently created session of a company, for status pages. */
    Optional<WebConnectorSession> latestForCompany(CompanyId companyId);

    /**
     * Open sessions (those that hold their company) whose last call was at or before {@code idleSince} and was served
     * by an instance that is gone: stopped, ended without stopping, or not heard from for longer than
     * {@code silenceLimit}. Of one company, or of every company when {@code companyId} is empty. Heartbeats are timed
     * by the store itself, so the clocks of the instances' hosts need not agree.
     */
    List<AbandonedSession> findAbandoned(Optional<CompanyId> companyId, Instant idleSince, Duration silenceLimit);

    /**
     * When each company's newest session that {@linkplain WebConnectorSession#succeeded() succeeded} made its last
     * call; companies without one are absent.
     */
    Map<CompanyId, Instant> lastSuccesses();
}
