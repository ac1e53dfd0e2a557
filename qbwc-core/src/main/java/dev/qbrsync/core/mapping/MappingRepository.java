package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.CompanyId;

import java.util.List;
import java.util.Optional;

/** The editable account-to-metric rules. */
public interface MappingRepository {

    /** The rules that map a company's accounts, active or not: the shared ones and its own, ordered by id. */
    List<MappingRule> rulesFor(CompanyId companyId);

    /** The rules every company shares, active or not, ordered by id. */
    List<MappingRule> sharedRules();

    Optional<MappingRule> findById(long id);

    /** Stores a rule whose id is null and returns it with its new id. */
    MappingRule create(MappingRule rule);

    /** Replaces the rule with the same id; empty when there is none. */
    Optional<MappingRule> update(MappingRule rule);

    boolean delete(long id);
}
