package dev.qbrsync.examples.customers;

import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The example's own port: where the customer list of each company is kept, and when it was last replaced. */
public interface CustomerStore {

    /** Replaces the company's whole customer list; the job calls it once per complete answer. */
    void replaceAll(CompanyId companyId, List<Customer> customers, Instant at);

    List<Customer> customers(CompanyId companyId);

    Optional<Instant> lastReplaced(CompanyId companyId);
}
