package dev.qbrsync.core.exchange;

import dev.qbrsync.core.history.SyncHistory;
import dev.qbrsync.core.metrics.MetricsRepository;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QuickBooksMessages;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.session.WebConnectorSession;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * How the built-in jobs take an answer: the codec reads it against its request (a refused or unreadable one stores
 * nothing), the job stores it in one transaction holding the company's write lock, and a failure to store is logged
 * once and told in a sentence that says what stays due.
 */
final class BuiltInAnswers {
    private final QuickBooksMessages messages;
    private final MetricsRepository metrics;
    private final SyncHistory history;
    private final Transactions transactions;
    private final Clock clock;

    BuiltInAnswers(QuickBooksMessages messages, MetricsRepository metrics, SyncHistory history,
                   Transactions transactions, Clock clock) {
        this.messages = messages;
        this.metrics = metrics;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Reads the answer to {@code task} and has {@code store} store it.
     *
     * @throws NotStoredException when nothing of it was stored
     */
    void receive(WebConnectorSession session, SyncTask task, String raw, Consumer<QuickBooksResponse> store) {
        try {
            QuickBooksResponse parsed = messages.read(task, raw);
            if (parsed instanceof QuickBooksResponse.Refused refused) {
                throw new NotStoredException("QuickBooks refused " + task.encode() + " with status "
                        + refused.status().code() + ": " + refused.status().message());
            }
            store.accept(parsed);
        } catch (MalformedQbxmlException e) {
            throw new NotStoredException("QuickBooks' answer to " + task.encode() + " could not be read: "
                    + e.getMessage());
        } catch (NotStoredException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NotStoredException(StorageFailure.logged(session, task, e), true);
        }
    }

    /** Runs {@code store} in a transaction of its own that holds the company's write lock. */
    void inTransaction(WebConnectorSession session, Runnable store) {
        transactions.inTransaction(() -> {
            metrics.lockCompanyForWrite(session.companyId());
            store.run();
            return null;
        });
    }

    void recordFailure(WebConnectorSession session, SyncTask task, String raw, String error) {
        history.record(HistoryEntries.failed(session, task, raw, error, clock.instant()));
    }

    static IllegalArgumentException notAnAnswerTo(SyncTask task, QuickBooksResponse response) {
        return new IllegalArgumentException("Not a stored answer to " + task.encode() + ": " + response);
    }
}
