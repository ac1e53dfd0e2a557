package dev.qbrsync.core.quickbooks;

import java.util.Objects;

/**
 * QuickBooks' answer to one request of a job: its status, its response element as qbXML text, and how many records
 * its iterator still holds.
 *
 * @param remaining  the iteratorRemainingCount (0 when the answer is complete or was not paged)
 * @param iteratorId the iteratorID to continue with, null when nothing remains
 */
public record JobPage(QbxmlStatus status, String element, int remaining, String iteratorId) {

    public JobPage {
        Objects.requireNonNull(status, "status");
        element = element == null ? "" : element;
        if (remaining < 0) {
            throw new IllegalArgumentException("iteratorRemainingCount must not be negative");
        }
    }

    public boolean hasMore() {
        return remaining > 0;
    }
}
