package dev.qbrsync.examples.customers;

import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The example's adapter: customer lists in memory. A real embedder writes them to its own database. */
public final class InMemoryCustomerStore implements CustomerStore {
    private record Stored(List<Customer> customers, Instant at) {
    }

    private final Map<CompanyId, Stored> byCompany = new ConcurrentHashMap<>();

    @Override
    public void replaceAll(CompanyId companyId, List<Customer> customers, Instant at) {
        byCompany.put(companyId, new Stored(List.copyOf(customers), at));
    }

    @Override
    public List<Customer> customers(CompanyId companyId) {
        return Optional.ofNullable(byCompany.get(companyId)).map(Stored::customers).orElse(List.of());
    }

    @Override
    public Optional<Instant> lastReplaced(CompanyId companyId) {
        return Optional.ofNullable(byCompany.get(companyId)).map(Stored::at);
    }
}
