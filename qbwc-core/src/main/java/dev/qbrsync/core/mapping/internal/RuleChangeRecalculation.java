package dev.qbrsync.core.mapping.internal;

import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.qbr.CompanyId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule change does to stored metrics, in two steps so no lock is held while accounts are matched: first the
 * new figures are computed from the stored reports under the proposed rules, outside any transaction; then, inside
 * the transaction that stores the rule change, they are written, or computed again if the rules or reports changed
 * in between.
 */
public interface RuleChangeRecalculation {

    /** The companies a change to a rule of {@code company} affects: that one, or every company for a shared rule. */
    List<CompanyId> companiesAffectedBy(CompanyId company);

    /** @param proposedRules per affected company, the rules that will map its accounts after the change */
    Prepared prepare(Map<CompanyId, List<MappingRule>> proposedRules);

    interface Prepared {
        /** Writes the figures, inside the rule change's transaction; {@code rulesAfter} reads a company's rules now. */
        void store(Function<CompanyId, List<MappingRule>> rulesAfter);
    }
}
