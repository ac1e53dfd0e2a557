package dev.qbrsync.core.mapping;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.qbr.CompanyId;

import java.util.List;
import java.util.Optional;

/**
 * What finance users do with mapping rules. A rule is shared by every company (the default rules are) or belongs to
 * one. Every change recalculates, at once and without waiting for QuickBooks, the stored metrics of the companies it
 * affects: every company for a shared rule, that company alone for its own. A caller limited to some companies sees and
 * changes only their rules and cannot change shared ones: every method throws
 * {@link dev.qbrsync.core.company.NotPermittedException} for a company outside the caller's scope.
 */
public interface MappingAdministration {

    /** The rules that map a company's accounts: the shared ones and its own. */
    List<MappingRule> rules(CompanyScope scope, CompanyId companyId);

    /** @throws InvalidRuleException when the rule is not acceptable */
    MappingRule create(CompanyScope scope, MappingRule rule);

    /**
     * Changes the fields the patch carries; empty when there is no such rule.
     *
     * @throws InvalidRuleException when the changed rule is not acceptable
     */
    Optional<MappingRule> update(CompanyScope scope, long id, RulePatch patch);

    boolean delete(CompanyScope scope, long id);
}
