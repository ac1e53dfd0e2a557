package dev.qbrsync.core.session;

import dev.qbrsync.core.port.ConcurrentUpdateException;

import java.time.Instant;
import java.util.Optional;

/** Stores Web Connector sessions between calls. */
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
    Optional<WebConnectorSession> latestForCompany(String companyId);
}
