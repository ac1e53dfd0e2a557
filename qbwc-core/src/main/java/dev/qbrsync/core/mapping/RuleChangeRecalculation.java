package dev.qbrsync.core.mapping;

import java.util.List;

/**
 * What a rule change does to stored metrics, in two steps so no lock is held while accounts are matched: first the
 * new figures are computed from the stored reports under the proposed rules, outside any transaction; then, inside
 * the transaction that stores the rule change, they are written, or computed again if the rules or reports changed
 * in between.
 */
public interface RuleChangeRecalculation {

    Prepared prepare(List<MappingRule> proposedRules);

    interface Prepared {
        /** Writes the figures, inside the rule change's transaction; {@code rulesAfter} were read after the change. */
        void store(List<MappingRule> rulesAfter);
    }
}
