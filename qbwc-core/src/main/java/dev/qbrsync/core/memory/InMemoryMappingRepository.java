package dev.qbrsync.core.memory;

import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.qbr.CompanyId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryMappingRepository implements MappingRepository {
    private final TreeMap<Long, MappingRule> rules = new TreeMap<>();
    private long nextId = 1;

    public InMemoryMappingRepository() {
    }

    /** Starts with the given rules stored (for example {@code DefaultRules.all()}). */
    public InMemoryMappingRepository(List<MappingRule> initial) {
        initial.forEach(this::create);
    }

    @Override
    public synchronized List<MappingRule> rulesFor(CompanyId companyId) {
        return new ArrayList<>(rules.values().stream().filter(rule -> rule.appliesTo(companyId)).toList());
    }

    @Override
    public synchronized List<MappingRule> sharedRules() {
        return new ArrayList<>(rules.values().stream().filter(MappingRule::isShared).toList());
    }

    @Override
    public synchronized Optional<MappingRule> findById(long id) {
        return Optional.ofNullable(rules.get(id));
    }

    @Override
    public synchronized MappingRule create(MappingRule rule) {
        MappingRule stored = rule.withId(nextId++);
        rules.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<MappingRule> update(MappingRule rule) {
        if (rule.id() == null || !rules.containsKey(rule.id())) {
            return Optional.empty();
        }
        rules.put(rule.id(), rule);
        return Optional.of(rule);
    }

    @Override
    public synchronized boolean delete(long id) {
        return rules.remove(id) != null;
    }
}
