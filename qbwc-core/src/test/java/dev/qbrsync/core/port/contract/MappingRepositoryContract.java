package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.mapping.MappingRepository;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link MappingRepository} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class MappingRepositoryContract {

    protected abstract MappingRepository repository();

    /** A company the rules of this test may belong to; adapters whose companies must exist make one. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    private static MappingRule rule(String pattern) {
        return new MappingRule(null, pattern, MatchType.REGEX, MetricKey.MRR, ReportSection.INCOME, 7, true,
                "note for " + pattern);
    }

    @Test
    void createAssignsAnIdAndKeepsEveryField() {
        MappingRule created = repository().create(rule("^Managed .* " + UUID.randomUUID() + "$"));

        assertThat(created.id()).isNotNull();
        assertThat(repository().findById(created.id())).contains(created);
        assertThat(repository().rulesFor(newCompany())).contains(created);
    }

    @Test
    void keepsAnOptionalSectionAndInactiveFlag() {
        MappingRule anySection = new MappingRule(null, "Wages " + UUID.randomUUID(), MatchType.CONTAINS,
                MetricKey.EMPLOYEE_EXPENSE, null, 0, false, "");

        MappingRule created = repository().create(anySection);

        assertThat(repository().findById(created.id()).orElseThrow().section()).isNull();
        assertThat(repository().findById(created.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void aCompanysRulesAreOrderedById() {
        CompanyId company = newCompany();
        repository().create(rule("first " + UUID.randomUUID()));
        repository().create(rule("second " + UUID.randomUUID()).forCompany(company));
        repository().create(rule("third " + UUID.randomUUID()));

        assertThat(repository().rulesFor(company)).extracting(MappingRule::id).isSorted();
    }

    @Test
    void aCompanysOwnRuleIsInvisibleToEveryOtherCompanyWhileSharedRulesReachAll() {
        CompanyId a = newCompany();
        CompanyId b = newCompany();
        MappingRule shared = repository().create(rule("shared " + UUID.randomUUID()));
        MappingRule ofA = repository().create(rule("only A " + UUID.randomUUID()).forCompany(a));

        assertThat(ofA.company()).isEqualTo(a);
        assertThat(repository().findById(ofA.id())).contains(ofA);
        assertThat(repository().rulesFor(a)).contains(shared, ofA);
        assertThat(repository().rulesFor(b)).contains(shared).doesNotContain(ofA)
                .allSatisfy(rule -> assertThat(rule.company()).isIn(null, b));
        assertThat(repository().sharedRules()).contains(shared).doesNotContain(ofA)
                .allSatisfy(rule -> assertThat(rule.isShared()).isTrue());
    }

    @Test
    void updateReplacesTheRule() {
        MappingRule created = repository().create(rule("old " + UUID.randomUUID()));
        MappingRule changed = new MappingRule(created.id(), "new pattern", MatchType.PREFIX, MetricKey.NRR, null, 99,
                false, "changed");

        assertThat(repository().update(changed)).contains(changed);
        assertThat(repository().findById(created.id())).contains(changed);
    }

    @Test
    void updateOfAnUnknownRuleChangesNothing() {
        MappingRule unknown = rule("ghost").withId(Long.MAX_VALUE - 1);

        assertThat(repository().update(unknown)).isEmpty();
        assertThat(repository().findById(unknown.id())).isEmpty();
    }

    @Test
    void deleteRemovesTheRuleOnce() {
        MappingRule created = repository().create(rule("doomed " + UUID.randomUUID()));

        assertThat(repository().delete(created.id())).isTrue();
        assertThat(repository().findById(created.id())).isEmpty();
        assertThat(repository().delete(created.id())).isFalse();
    }
}
