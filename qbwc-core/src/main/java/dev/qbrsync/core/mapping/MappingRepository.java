package dev.qbrsync.core.mapping;

import java.util.List;
import java.util.Optional;

/** The editable account-to-metric rules. */
public interface MappingRepository {

    /** The rules that map a company's accounts, active or not: the shared ones and its own, ordered by id. */
    List<MappingRule> rulesFor(String companyId);

    Optional<MappingRule> findById(long id);

    /** Stores a rule whose id is null and returns it with its new id. */
    MappingRule create(MappingRule rule);

    /** Replaces the rule with the same id; empty when there is none. */
    Optional<MappingRule> update(MappingRule rule);

    boolean delete(long id);
}
