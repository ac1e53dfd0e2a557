package dev.qbrsync.core.mapping;

import dev.qbrsync.core.company.CompanyDirectory;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.mapping.internal.RegexSafety;
import dev.qbrsync.core.mapping.internal.RuleChangeRecalculation;
import dev.qbrsync.core.port.Transactions;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.ConflictException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Rule changes, each committed together with the recalculated metrics of the companies it affects. */
public final class MappingAdministrationService implements MappingAdministration {
    private static final String SHARED = "rules shared by every company";

    private final MappingRepository mappings;
    private final CompanyDirectory companies;
    private final Transactions transactions;
    private final RuleChangeRecalculation recalculation;

    public MappingAdministrationService(MappingRepository mappings, CompanyDirectory companies,
                                        Transactions transactions, RuleChangeRecalculation recalculation) {
        this.mappings = mappings;
        this.companies = companies;
        this.transactions = transactions;
        this.recalculation = recalculation;
    }

    @Override
    public List<MappingRule> rules(CompanyScope scope, CompanyId company) {
        scope.require(company);
        return mappings.rulesFor(company);
    }

    @Override
    public MappingRule create(CompanyScope scope, MappingRule rule) {
        requireMayChange(scope, rule);
        if (!rule.isShared() && companies.find(rule.company()).isEmpty()) {
            throw new InvalidRuleException("company", "there is no company '" + rule.company() + "'");
        }
        RegexSafety.requireAffordable(rule);
        requireNoTwin(rule);
        return changeAndRecalculate(rule.company(), new RuleChange.Create(rule), () -> mappings.create(rule));
    }

    @Override
    public Optional<MappingRule> update(CompanyScope scope, long id, RulePatch patch) {
        Optional<MappingRule> stored = mappings.findById(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        requireMayChange(scope, stored.get());
        MappingRule changed = patch.applyTo(stored.get());
        RegexSafety.requireAffordable(changed);
        requireNoTwin(changed);
        return changeAndRecalculate(changed.company(), new RuleChange.Update(id, patch),
                () -> mappings.update(changed));
    }

    @Override
    public boolean delete(CompanyScope scope, long id) {
        Optional<MappingRule> stored = mappings.findById(id);
        if (stored.isEmpty()) {
            return false;
        }
        requireMayChange(scope, stored.get());
        return changeAndRecalculate(stored.get().company(), new RuleChange.Delete(id), () -> mappings.delete(id));
    }

    /**
     * A company's own rules: one per metric and pattern, as the table's unique key has it. Shared rules, which that key
     * does not cover (their company is null), one per metric, pattern and match type, so a rule is never stored twice.
     */
    private void requireNoTwin(MappingRule rule) {
        (rule.isShared() ? mappings.sharedRules() : mappings.rulesFor(rule.company())).stream()
                .filter(other -> Objects.equals(other.company(), rule.company()) && other.metric() == rule.metric()
                        && other.pattern().equals(rule.pattern()) && !Objects.equals(other.id(), rule.id())
                        && (!rule.isShared() || other.matchType() == rule.matchType()))
                .findFirst().ifPresent(twin -> {
                    throw new ConflictException("pattern", "rule " + twin.id() + " already maps '" + rule.pattern()
                            + "' (" + twin.matchType().name()
                                    .toLowerCase(java.util.Locale.ROOT) + ") to " + rule.metric()
                                    .code() + (rule.isShared() ? " for every company"
                            : " for company " + rule.company()) + "; change that rule instead");
                });
    }

    private static void requireMayChange(CompanyScope scope, MappingRule rule) {
        if (rule.isShared()) {
            scope.requireEveryCompany(SHARED);
        } else {
            scope.require(rule.company());
        }
    }

    private <T> T changeAndRecalculate(CompanyId company, RuleChange change, Supplier<T> store) {
        Map<CompanyId, List<MappingRule>> proposed = new LinkedHashMap<>();
        recalculation.companiesAffectedBy(company).forEach(affected -> {
            List<MappingRule> rules = mappings.rulesFor(affected);
            proposed.put(affected, change.applyTo(rules).orElse(rules));
        });
        RuleChangeRecalculation.Prepared prepared = recalculation.prepare(proposed);
        return transactions.inTransaction(() -> {
            T result = store.get();
            prepared.store(mappings::rulesFor);
            return result;
        });
    }
}
