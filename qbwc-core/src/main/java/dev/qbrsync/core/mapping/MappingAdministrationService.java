package dev.qbrsync.core.mapping;

import dev.qbrsync.core.port.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Rule changes, each committed together with the recalculated metrics it implies. */
public final class MappingAdministrationService implements MappingAdministration {
    private final MappingRepository mappings;
    private final Transactions transactions;
    private final RuleChangeRecalculation recalculation;

    public MappingAdministrationService(MappingRepository mappings, Transactions transactions,
                                        RuleChangeRecalculation recalculation) {
        this.mappings = mappings;
        this.transactions = transactions;
        this.recalculation = recalculation;
    }

    @Override
    public List<MappingRule> rules() {
        return mappings.findAll();
    }

    @Override
    public MappingRule create(MappingRule rule) {
        RegexSafety.requireAffordable(rule);
        List<MappingRule> proposed = new ArrayList<>(mappings.findAll());
        proposed.add(rule);
        return changeAndRecalculate(proposed, () -> mappings.create(rule));
    }

    @Override
    public Optional<MappingRule> update(long id, RulePatch patch) {
        Optional<MappingRule> stored = mappings.findById(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        MappingRule changed = patch.applyTo(stored.get());
        RegexSafety.requireAffordable(changed);
        List<MappingRule> proposed = new ArrayList<>(mappings.findAll());
        proposed.replaceAll(rule -> rule.id() != null && rule.id() == id ? changed : rule);
        return changeAndRecalculate(proposed, () -> mappings.update(changed));
    }

    @Override
    public boolean delete(long id) {
        List<MappingRule> proposed = new ArrayList<>(mappings.findAll());
        if (!proposed.removeIf(rule -> rule.id() != null && rule.id() == id)) {
            return false;
        }
        return changeAndRecalculate(proposed, () -> mappings.delete(id));
    }

    private <T> T changeAndRecalculate(List<MappingRule> proposed, Supplier<T> change) {
        RuleChangeRecalculation.Prepared prepared = recalculation.prepare(proposed);
        return transactions.inTransaction(() -> {
            T result = change.get();
            prepared.store(mappings.findAll());
            return result;
        });
    }
}
