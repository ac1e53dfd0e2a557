package dev.qbrsync.core.exchange;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.job.JobAnswer;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.job.internal.Jobs;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.quickbooks.JobPage;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The registered jobs' side of a round trip: their queries, checked by the codec for the session's qbXML before they
 * are sent, and their answers, followed page by page through QuickBooks' iterator and handed to the job whole, in a
 * transaction of its own with its history entry.
 */
public final class JobExchange {
    private final Jobs jobs;
    private final QuickBooksMessages messages;
    private final Transactions transactions;
    private final SyncHistory history;
    private final IterationStaging staging;
    private final Clock clock;

    /** @param sessionTimeout how long a session may be idle; an iteration's pages are held no longer */
    public JobExchange(Jobs jobs, QuickBooksMessages messages, Transactions transactions, SyncHistory history,
                       Clock clock, Duration sessionTimeout) {
        this.jobs = jobs;
        this.messages = messages;
        this.transactions = transactions;
        this.history = history;
        this.staging = new IterationStaging(sessionTimeout);
        this.clock = clock;
    }

    /**
     * The job's query for its next request, written for the session's qbXML and checked by the codec.
     *
     * @throws NotStoredException when it cannot be sent (the message names the job and says why)
     */
    JobRequest query(WebConnectorSession session, SyncTask.Job job, QbxmlTarget target) {
        JobRequest request;
        Optional<String> refusal;
        try {
            request = requestOf(session, job, target);
            refusal = messages.refusal(request, target);
        } catch (RuntimeException e) {
            throw new NotStoredException("Job " + job.name() + " could not write its request: " + e.getMessage());
        }
        if (refusal.isPresent()) {
            throw new NotStoredException("Job " + job.name() + " cannot be sent in qbXML " + target.version() + " ("
                    + target.country() + "): " + refusal.get() + ". Nothing was asked.");
        }
        return request;
    }

    /**
     * Reads and, once the iteration is complete, stores one job's answer; the job's next request when QuickBooks holds
     * more pages.
     *
     * @throws NotStoredException when nothing of it may be stored (the message names the job)
     */
    Optional<SyncTask.Job> receive(WebConnectorSession session, SyncTask.Job task, String raw) {
        try {
            return Optional.ofNullable(receivePage(session, task, raw));
        } catch (NotStoredException e) {
            staging.discard(session.id(), task.name());
            throw e;
        } catch (MalformedQbxmlException e) {
            staging.discard(session.id(), task.name());
            throw new NotStoredException("QuickBooks' answer to job " + task.name() + " could not be read: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            staging.discard(session.id(), task.name());
            throw new NotStoredException("Job " + task.name() + " failed to store its answer: " + e.getMessage());
        }
    }

    private SyncTask.Job receivePage(WebConnectorSession session, SyncTask.Job task, String raw) {
        JobRequest request = requestOf(session, task, session.qbxmlTarget().orElseThrow());
        JobPage page = messages.readJobPage(task, request, raw);
        if (page.status().isError()) {
            throw new NotStoredException("QuickBooks refused job " + task.name() + " with status "
                    + page.status().code() + ": " + page.status().message() + ". Nothing of it was stored.");
        }
        Instant now = clock.instant();
        List<String> pages = staging.add(session.id(), task, page.element(), now);
        if (page.hasMore()) {
            return next(task, request, page);
        }
        QuickBooksJob job = job(task);
        transactions.inTransaction(() -> {
            job.store(session.companyId(), new JobAnswer(page.status(), pages));
            history.record(HistoryEntries.entry(session, task, raw, null, null, List.of(),
                    page.status().isWarning() ? SyncOutcome.WARNING : SyncOutcome.SUCCESS,
                    "Job " + task.name() + ": " + pages(pages.size()) + " stored" + warning(page), now, 0, List.of()));
        });
        staging.discard(session.id(), task.name());
        return null;
    }

    private static SyncTask.Job next(SyncTask.Job task, JobRequest request, JobPage page) {
        if (!request.paged()) {
            throw new NotStoredException("Job " + task.name() + ": QuickBooks holds " + page.remaining() + " more "
                    + "records behind an iterator the job did not ask for. Nothing of it was stored; a job that "
                    + "can get more than one page asks with paged = true.");
        }
        if (!SyncTask.Job.isIteratorId(page.iteratorId())) {
            throw new NotStoredException("Job " + task.name() + ": QuickBooks holds " + page.remaining()
                    + " more records but named no usable iteratorID. Nothing of it was stored.");
        }
        return task.next(page.iteratorId());
    }

    /** Records that a job's request stored nothing, and forgets the pages of its iteration. */
    void recordFailure(WebConnectorSession session, SyncTask.Job task, String raw, String error) {
        staging.discard(session.id(), task.name());
        history.record(HistoryEntries.failed(session, task, raw, error, clock.instant()));
    }

    /** How many iterations this instance holds pages of, for tests and monitoring. */
    public int heldIterations() {
        return staging.heldIterations();
    }

    private JobRequest requestOf(WebConnectorSession session, SyncTask.Job task, QbxmlTarget target) {
        return job(task).request(session.companyId(), target);
    }

    private QuickBooksJob job(SyncTask.Job task) {
        return jobs.named(task.name()).orElseThrow(() -> new NotStoredException("Job " + task.name()
                + " is no longer registered. Nothing of it was stored."));
    }

    private static String pages(int count) {
        return count == 1 ? "its answer" : "its answer of " + count + " pages";
    }

    private static String warning(JobPage page) {
        return page.status().isWarning() ? "; QuickBooks warning " + page.status().code() + ": "
                + page.status().message() : "";
    }
}
