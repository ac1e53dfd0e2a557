package dev.qbrsync.core.mapping;

import dev.qbrsync.core.mapping.internal.RegexSafety;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A change a person proposes to the rules: a new rule, an edit of some fields of one, or its removal. */
public sealed interface RuleChange {

    /**
     * The rules as they would be after the change.
     *
     * @return empty when the change names a rule that does not exist
     * @throws InvalidRuleException when the changed or new rule is not acceptable
     */
    Optional<List<MappingRule>> applyTo(List<MappingRule> rules);

    record Create(MappingRule rule) implements RuleChange {
        public Create {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public Optional<List<MappingRule>> applyTo(List<MappingRule> rules) {
            RegexSafety.requireAffordable(rule);
            List<MappingRule> proposed = new ArrayList<>(rules);
            proposed.add(rule.id() == null ? rule : rule.withoutId());
            return Optional.of(List.copyOf(proposed));
        }
    }

    record Update(long id, RulePatch patch) implements RuleChange {
        public Update {
            Objects.requireNonNull(patch, "patch");
        }

        @Override
        public Optional<List<MappingRule>> applyTo(List<MappingRule> rules) {
            Optional<MappingRule> stored = rules.stream().filter(rule -> isRule(rule, id)).findFirst();
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            MappingRule changed = patch.applyTo(stored.get());
            RegexSafety.requireAffordable(changed);
            return Optional.of(rules.stream().map(rule -> isRule(rule, id) ? changed : rule).toList());
        }
    }

    record Delete(long id) implements RuleChange {
        @Override
        public Optional<List<MappingRule>> applyTo(List<MappingRule> rules) {
            List<MappingRule> proposed = rules.stream().filter(rule -> !isRule(rule, id)).toList();
            return proposed.size() == rules.size() ? Optional.empty() : Optional.of(proposed);
        }
    }

    private static boolean isRule(MappingRule rule, long id) {
        return rule.id() != null && rule.id() == id;
    }
}
