package dev.qbrsync.core.job;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;

import java.time.Instant;

/**
 * Something of an embedder's own to ask QuickBooks in the Web Connector's session, beside the QBR sync: the customer
 * list, open invoices, A/R aging. Every due job of a company rides in the session's first qbXML message; the core
 * writes the request around the job's query, checks the answer is the one to that request, follows QuickBooks'
 * iterator page by page within the session, and hands the job the whole answer once it is complete, in a transaction
 * of its own. A session that ends before the last page stores nothing of the job, so it stays due.
 */
public interface QuickBooksJob {

    /**
     * A stable name: 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter. It names the job's
     * requests (their requestID is {@code JOB:name}), its history entries and its failures.
     */
    String name();

    /** Whether the session of {@code companyId} starting {@code now} should ask for it, from the job's own ledger. */
    boolean isDue(CompanyId companyId, Instant now);

    /**
     * The query, written for the qbXML version and edition the session negotiated. It is checked before it is sent;
     * one that version does not know fails the job at once, with a message naming it.
     */
    JobRequest request(CompanyId companyId, QbxmlTarget target);

    /**
     * Stores a complete answer: every page, in order. It runs in a transaction of its own: an exception rolls back what
     * it wrote (through ports that take part in the core's transactions) and is recorded as the job's failure.
     */
    void store(CompanyId companyId, JobAnswer answer);
}
