package dev.qbrsync.examples.customers;

import dev.qbrsync.core.job.JobAnswer;
import dev.qbrsync.core.job.QuickBooksJob;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.JobRequest;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The example job: every customer of the company file, active or not, in pages of 500 through QuickBooks' iterator,
 * once a day. CustomerQueryRq takes an iterator from qbXML 5.0 on; an older QuickBooks is asked for the whole list in
 * one answer.
 */
public final class CustomerListJob implements QuickBooksJob {
    public static final String NAME = "customers";
    public static final int PAGE_SIZE = 500;
    private static final QbxmlVersion ITERATORS_FROM = new QbxmlVersion(5, 0);

    private final CustomerStore store;
    private final Clock clock;
    private final Duration refreshEvery;

    public CustomerListJob(CustomerStore store, Clock clock, Duration refreshEvery) {
        this.store = store;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isDue(CompanyId companyId, Instant now) {
        return store.lastReplaced(companyId).map(at -> !at.plus(refreshEvery).isAfter(now)).orElse(true);
    }

    @Override
    public JobRequest request(CompanyId companyId, QbxmlTarget target) {
        boolean paged = target.version().compareTo(ITERATORS_FROM) >= 0;
        String pageSize = paged ? "<MaxReturned>" + PAGE_SIZE + "</MaxReturned>" : "";
        return new JobRequest("CustomerQueryRq", pageSize + "<ActiveStatus>All</ActiveStatus>", paged);
    }

    /** A list with one customer twice was misread: it is refused, and the job stays due. */
    @Override
    public void store(CompanyId companyId, JobAnswer answer) {
        List<Customer> customers = CustomerPages.read(answer.pages());
        Set<String> seen = new HashSet<>();
        for (Customer customer : customers) {
            if (!seen.add(customer.listId())) {
                throw new IllegalArgumentException("Customer " + customer.listId() + " came twice; nothing stored.");
            }
        }
        store.replaceAll(companyId, customers, clock.instant());
    }
}
