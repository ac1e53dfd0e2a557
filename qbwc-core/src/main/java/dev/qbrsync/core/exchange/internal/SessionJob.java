package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Instant;
import java.util.Optional;

/**
 * One job of the Web Connector's session on the one pipeline every request goes through: the built-in Profit & Loss
 * and employee syncs, and each job an embedder registered. A job plans its own requests, and reads and stores each
 * answer on its own, in a transaction of its own with its history entry, so a failing job never stops the others.
 */
public interface SessionJob {

    /** The name its requests, history entries and failures go by. */
    String name();

    /** Whether {@code task} is one of this job's requests. */
    boolean asks(SyncTask task);

    /** Whether its requests page through a qbXML iterator; a job that does not gets every answer whole. */
    boolean iterates();

    /** Its requests due for the company's session starting {@code now}, as round trips; empty when none is. */
    SyncPlan due(CompanyId companyId, Instant now);

    /**
     * The qbXML query of {@code task} when the job writes its own (a registered job's), checked for the session's
     * qbXML version; empty when the codec writes the request (the built-in jobs, for every version it speaks).
     *
     * @throws NotStoredException when it cannot be sent (the message names the job and says why)
     */
    Optional<JobRequest> query(WebConnectorSession session, SyncTask task, QbxmlTarget target);

    /**
     * Reads and stores the answer to {@code task}; the job's next request when QuickBooks holds more pages.
     *
     * @throws NotStoredException when nothing of it was stored (the message says why)
     */
    Optional<SyncTask> receive(WebConnectorSession session, SyncTask task, String raw);

    /** Records in the sync history that a request stored nothing, and why; {@code raw} is null when no answer came. */
    void recordFailure(WebConnectorSession session, SyncTask task, String raw, String error);
}
