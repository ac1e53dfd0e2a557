package dev.qbrsync.core.mapping;

import java.util.List;
import java.util.Optional;

/**
 * What finance users do with mapping rules. Every change recalculates the stored metrics of every company from the
 * stored reports at once, without waiting for QuickBooks.
 */
public interface MappingAdministration {

    List<MappingRule> rules();

    /** @throws InvalidRuleException when the rule is not acceptable */
    MappingRule create(MappingRule rule);

    /**
     * Changes the fields the patch carries; empty when there is no such rule.
     *
     * @throws InvalidRuleException when the changed rule is not acceptable
     */
    Optional<MappingRule> update(long id, RulePatch patch);

    boolean delete(long id);
}
