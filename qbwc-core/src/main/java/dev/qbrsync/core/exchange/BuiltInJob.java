package dev.qbrsync.core.exchange;

import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.session.WebConnectorSession;

import java.util.Optional;

/**
 * What the built-in jobs of the QBR sync share: the codec writes their requests for every qbXML version it speaks,
 * and their answers are read and their failures recorded through {@link BuiltInAnswers}.
 */
abstract class BuiltInJob implements SessionJob {
    protected final BuiltInAnswers answers;

    BuiltInJob(BuiltInAnswers answers) {
        this.answers = answers;
    }

    @Override
    public final Optional<JobRequest> query(WebConnectorSession session, SyncTask task, QbxmlTarget target) {
        return Optional.empty();
    }

    @Override
    public final void recordFailure(WebConnectorSession session, SyncTask task, String raw, String error) {
        answers.recordFailure(session, task, raw, error);
    }
}
