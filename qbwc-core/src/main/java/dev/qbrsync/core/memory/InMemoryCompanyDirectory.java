package dev.qbrsync.core.memory;

import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.company.QuickBooksSeen;
import dev.qbrsync.core.qbr.CompanyId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** Companies in memory; organizations without a Web Connector login are kept apart, as the dashboard's own are. */
public final class InMemoryCompanyDirectory implements CompanyDirectory {
    private record Entry(Company company, String passwordHash) {
    }

    private final Map<CompanyId, String> organizations = new HashMap<>();
    private final Map<CompanyId, Entry> companies = new HashMap<>();
    private final AtomicLong nextId = new AtomicLong(1000);
    private String ownerId;

    /** An organization of the dashboard that is not (yet) a company. */
    public synchronized InMemoryCompanyDirectory withOrganization(CompanyId id, String name) {
        organizations.put(id, name);
        return this;
    }

    @Override
    public synchronized Company create(String name, String qbwcUser, String passwordHash, String qwcFileId) {
        CompanyId id = CompanyId.of(String.valueOf(nextId.incrementAndGet()));
        organizations.put(id, name);
        return adopt(id, qbwcUser, passwordHash, qwcFileId).orElseThrow();
    }

    @Override
    public synchronized Optional<Company> adopt(CompanyId organizationId, String qbwcUser, String passwordHash,
                                                String qwcFileId) {
        if (!organizations.containsKey(organizationId)) {
            return Optional.empty();
        }
        Entry existing = companies.get(organizationId);
        Company company = existing == null
                ? new Company(organizationId, organizations.get(organizationId), qbwcUser, false, qwcFileId, null, null)
                : existing.company().withUser(qbwcUser);
        companies.put(organizationId, new Entry(company, passwordHash));
        return Optional.of(company);
    }

    @Override
    public synchronized List<Company> list() {
        List<Company> all = new ArrayList<>(companies.values().stream().map(Entry::company).toList());
        all.sort(Comparator.comparing(Company::id));
        return all;
    }

    @Override
    public synchronized Optional<Company> find(CompanyId companyId) {
        return Optional.ofNullable(companies.get(companyId)).map(Entry::company);
    }

    @Override
    public synchronized List<Company> findByName(String name) {
        return list().stream().filter(company -> company.name().equalsIgnoreCase(name.trim())).toList();
    }

    @Override
    public synchronized Optional<StoredLogin> loginOf(String qbwcUser) {
        return companies.values().stream()
                .filter(entry -> entry.company().qbwcUser().toLowerCase(Locale.ROOT)
                        .equals(qbwcUser.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(entry -> new StoredLogin(entry.company().id(), entry.passwordHash(), entry.company().disabled()));
    }

    @Override
    public synchronized boolean rename(CompanyId companyId, String name) {
        if (companies.containsKey(companyId)) {
            organizations.put(companyId, name);
        }
        return change(companyId, company -> company.withName(name));
    }

    @Override
    public synchronized boolean changePasswordHash(CompanyId companyId, String passwordHash) {
        Entry entry = companies.get(companyId);
        if (entry == null) {
            return false;
        }
        companies.put(companyId, new Entry(entry.company(), passwordHash));
        return true;
    }

    @Override
    public synchronized boolean setDisabled(CompanyId companyId, boolean disabled) {
        return change(companyId, company -> company.withDisabled(disabled));
    }

    @Override
    public synchronized boolean bindIfUnbound(CompanyId companyId, FileIdentity file, Instant at) {
        Optional<Company> company = find(companyId);
        if (company.isEmpty() || company.get().boundFile().isPresent()) {
            return false;
        }
        return change(companyId, unbound -> unbound.withBinding(file));
    }

    @Override
    public synchronized boolean unbind(CompanyId companyId) {
        return change(companyId, company -> company.withBinding(null));
    }

    @Override
    public synchronized boolean rememberQuickBooks(CompanyId companyId, QuickBooksSeen seen) {
        return change(companyId, company -> company.withQuickBooks(seen));
    }

    @Override
    public synchronized String ownerId(String proposed) {
        if (ownerId == null) {
            ownerId = proposed;
        }
        return ownerId;
    }

    private boolean change(CompanyId companyId, UnaryOperator<Company> change) {
        Entry entry = companies.get(companyId);
        if (entry == null) {
            return false;
        }
        companies.put(companyId, new Entry(change.apply(entry.company()), entry.passwordHash()));
        return true;
    }
}
