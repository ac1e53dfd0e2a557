package dev.qbrsync.codec.qbxml;

import dev.qbrsync.codec.xml.StaxCopy;
import dev.qbrsync.codec.xml.StaxReading;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.JobPage;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlStatus;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the answer to a job's request in QuickBooks' response message: the element its query's answer is named
 * ({@code CustomerQueryRs}) with the job's requestID, its status, and the iterator's remaining count and ID.
 */
final class JobPageReader {

    JobPage read(SyncTask.Job task, JobRequest request, String qbxml) {
        try (QbxmlDocument document = QbxmlDocument.open(qbxml)) {
            QbxmlStatus status = document.moveToAnswer(request.answerElement(), task.requestId());
            XMLStreamReader reader = document.reader();
            int remaining = remaining(StaxReading.attribute(reader, "iteratorRemainingCount"));
            String iteratorId = StaxReading.attribute(reader, "iteratorID");
            String element = StaxCopy.element(reader);
            return new JobPage(status, element, remaining, remaining > 0 ? iteratorId : null);
        } catch (XMLStreamException e) {
            throw QbxmlDocument.unreadable(e);
        }
    }

    private static int remaining(String count) {
        if (count == null || count.isBlank()) {
            return 0;
        }
        try {
            int remaining = Integer.parseInt(count.trim());
            if (remaining >= 0) {
                return remaining;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new MalformedQbxmlException("iteratorRemainingCount '" + count + "' is not a count.");
    }
}
