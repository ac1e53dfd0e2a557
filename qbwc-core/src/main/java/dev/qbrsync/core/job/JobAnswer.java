package dev.qbrsync.core.job;

import dev.qbrsync.core.quickbooks.QbxmlStatus;

import java.util.List;

/**
 * QuickBooks' complete answer to a job's request.
 *
 * @param status the last page's status: success, no match (an empty answer), or a warning to note
 * @param pages  the answer's response elements ({@code <CustomerQueryRs ...>...</CustomerQueryRs>}) as qbXML text,
 *               one per page of the iteration, in order; one for a request without an iterator
 */
public record JobAnswer(QbxmlStatus status, List<String> pages) {

    public JobAnswer {
        pages = List.copyOf(pages);
    }
}
