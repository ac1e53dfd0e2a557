package dev.qbrsync.examples.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The example's own port: where the customer list of each company is kept, and when it was last replaced. */
public interface CustomerStore {

    /** Replaces the company's whole customer list; the job calls it once per complete answer. */
    void replaceAll(String companyId, List<Customer> customers, Instant at);

    List<Customer> customers(String companyId);

    Optional<Instant> lastReplaced(String companyId);
}
