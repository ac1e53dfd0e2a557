package dev.qbrsync.core.usecase;

import dev.qbrsync.core.mapping.InvalidRuleException;
import dev.qbrsync.core.mapping.MappingRule;

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

    /** @throws InvalidRuleException when the rule is not acceptable */
    Optional<MappingRule> update(long id, MappingRule rule);

    boolean delete(long id);

    /** Every account of the company's latest stored report, with its amounts and the rule or catch-all that mapped it. */
    List<AccountReview> accounts(String companyId);
}
