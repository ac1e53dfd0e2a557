package dev.qbrsync.core.mapping;

import dev.qbrsync.core.mapping.internal.MappingEngine;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MappingEngineTest {

    private static MappingRule rule(long id, String pattern, MatchType type, MetricKey metric, int priority) {
        return new MappingRule(id, pattern, type, metric, null, priority, true, "");
    }

    private static AccountLine income(String fullName) {
        return new AccountLine(fullName, ReportSection.INCOME, Map.of());
    }

    private static AccountLine expense(String fullName) {
        return new AccountLine(fullName, ReportSection.EXPENSE, Map.of());
    }

    @Test
    void higherPriorityWinsOverAMoreSpecificMatch() {
        MappingEngine engine = new MappingEngine(List.of(
                rule(1, "Managed Services", MatchType.EXACT, MetricKey.MRR, 1),
                rule(2, "managed", MatchType.CONTAINS, MetricKey.ORR, 5)));

        assertThat(engine.map(income("Managed Services")).metric()).isEqualTo(MetricKey.ORR);
    }

    @Test
    void atEqualPriorityExactBeatsPrefixBeatsContainsBeatsRegex() {
        List<MappingRule> rules = List.of(
                rule(1, "consult.*", MatchType.REGEX, MetricKey.PRODUCT_SALES, 0),
                rule(2, "ulting", MatchType.CONTAINS, MetricKey.ORR, 0),
                rule(3, "consult", MatchType.PREFIX, MetricKey.MRR, 0),
                rule(4, "consulting", MatchType.EXACT, MetricKey.NRR, 0));

        assertThat(new MappingEngine(rules).map(income("Consulting")).rule().id()).isEqualTo(4L);
        assertThat(new MappingEngine(rules.subList(0, 3)).map(income("Consulting")).rule().id()).isEqualTo(3L);
        assertThat(new MappingEngine(rules.subList(0, 2)).map(income("Consulting")).rule().id()).isEqualTo(2L);
        assertThat(new MappingEngine(rules.subList(0, 1)).map(income("Consulting")).rule().id()).isEqualTo(1L);
    }

    @Test
    void atEqualPriorityAndTypeTheLongerPatternWinsThenTheLowerId() {
        MappingEngine longer = new MappingEngine(List.of(
                rule(1, "services", MatchType.CONTAINS, MetricKey.NRR, 0),
                rule(2, "managed services", MatchType.CONTAINS, MetricKey.MRR, 0)));
        MappingEngine tie = new MappingEngine(List.of(
                rule(9, "services", MatchType.CONTAINS, MetricKey.NRR, 0),
                rule(3, "SERVICES", MatchType.CONTAINS, MetricKey.MRR, 0)));

        assertThat(longer.map(income("Managed Services")).metric()).isEqualTo(MetricKey.MRR);
        assertThat(tie.map(income("Managed Services")).rule().id()).isEqualTo(3L);
    }

    @Test
    void matchesCaseInsensitivelyOnNameOrFullPath() {
        MappingEngine engine = new MappingEngine(List.of(
                rule(1, "WAGES", MatchType.EXACT, MetricKey.EMPLOYEE_EXPENSE, 0),
                rule(2, "^payroll expenses:", MatchType.REGEX, MetricKey.OWNER_COMP, 0)));

        assertThat(engine.map(expense("Payroll Expenses:Wages")).metric()).isEqualTo(MetricKey.EMPLOYEE_EXPENSE);
        assertThat(engine.map(expense("Payroll Expenses:Bonus")).metric()).isEqualTo(MetricKey.OWNER_COMP);
    }

    @Test
    void aSubAccountWithoutItsOwnRuleInheritsItsNearestMappedParent() {
        MappingEngine engine = new MappingEngine(List.of(
                rule(1, "Managed Services", MatchType.EXACT, MetricKey.MRR, 0)));

        AccountMapping mapping = engine.map(income("Managed Services:Backup:Offsite"));

        assertThat(mapping.metric()).isEqualTo(MetricKey.MRR);
        assertThat(mapping.source()).isEqualTo(MappingSource.INHERITED);
        assertThat(mapping.rule().id()).isEqualTo(1L);
        assertThat(mapping.explanation()).contains("inherited").contains("#1");
    }

    @Test
    void anAccountNothingMatchesFallsToItsSectionsCatchAll() {
        MappingEngine engine = new MappingEngine(List.of());

        assertThat(engine.map(new AccountLine("Refunds", ReportSection.INCOME, Map.of())).metric())
                .isEqualTo(MetricKey.MISC_REVENUE);
        assertThat(engine.map(new AccountLine("Interest", ReportSection.OTHER_INCOME, Map.of())).metric())
                .isEqualTo(MetricKey.MISC_REVENUE);
        assertThat(engine.map(new AccountLine("Freight", ReportSection.COST_OF_GOODS_SOLD, Map.of())).metric())
                .isEqualTo(MetricKey.PRODUCT_COGS);
        assertThat(engine.map(new AccountLine("Rent", ReportSection.EXPENSE, Map.of())).metric())
                .isEqualTo(MetricKey.OTHER_EXPENSES);
        AccountMapping catchAll = engine.map(new AccountLine("Penalties", ReportSection.OTHER_EXPENSE, Map.of()));
        assertThat(catchAll.metric()).isEqualTo(MetricKey.OTHER_EXPENSES);
        assertThat(catchAll.source()).isEqualTo(MappingSource.CATCH_ALL);
        assertThat(catchAll.matchedRule()).isEmpty();
    }

    @Test
    void aRevenueRuleNeverMapsAnExpenseAccountAndViceVersa() {
        MappingEngine engine = new MappingEngine(List.of(
                rule(1, "software", MatchType.CONTAINS, MetricKey.PRODUCT_SALES, 100),
                rule(2, "software", MatchType.CONTAINS, MetricKey.PRODUCT_COGS, 0)));

        assertThat(engine.map(expense("Software Subscriptions")).metric()).isEqualTo(MetricKey.PRODUCT_COGS);
        assertThat(engine.map(income("Software Resale")).metric()).isEqualTo(MetricKey.PRODUCT_SALES);
    }

    @Test
    void aSectionConstraintLimitsWhereARuleApplies() {
        MappingRule cogsOnly = new MappingRule(1L, "hardware", MatchType.CONTAINS, MetricKey.PRODUCT_COGS,
                ReportSection.COST_OF_GOODS_SOLD, 0, true, "");
        MappingEngine engine = new MappingEngine(List.of(cogsOnly));

        assertThat(engine.map(new AccountLine("Hardware", ReportSection.COST_OF_GOODS_SOLD, Map.of())).source())
                .isEqualTo(MappingSource.RULE);
        assertThat(engine.map(expense("Hardware Repairs")).source()).isEqualTo(MappingSource.CATCH_ALL);
    }

    @Test
    void inactiveRulesAreIgnored() {
        MappingRule inactive = new MappingRule(1L, "Wages", MatchType.EXACT, MetricKey.EMPLOYEE_EXPENSE, null, 0, false,
                "");

        assertThat(new MappingEngine(List.of(inactive)).map(expense("Wages")).source())
                .isEqualTo(MappingSource.CATCH_ALL);
    }

    @Test
    void defaultRulesMapATypicalMspChartOfAccounts() {
        List<MappingRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < DefaultRules.all().size(); i++) {
            rules.add(DefaultRules.all().get(i).withId(i + 1));
        }
        MappingEngine engine = new MappingEngine(rules);

        assertThat(engine.map(income("Professional Services")).metric()).isEqualTo(MetricKey.NRR);
        assertThat(engine.map(income("41000 · Managed Services:Backup")).metric()).isEqualTo(MetricKey.MRR);
        assertThat(engine.map(income("Annual Contracts")).metric()).isEqualTo(MetricKey.ORR);
        assertThat(engine.map(income("Hardware Sales")).metric()).isEqualTo(MetricKey.PRODUCT_SALES);
        assertThat(engine.map(new AccountLine("Interest Income", ReportSection.OTHER_INCOME, Map.of())).metric())
                .isEqualTo(MetricKey.MISC_REVENUE);
        assertThat(engine.map(expense("Payroll Expenses:Wages")).metric()).isEqualTo(MetricKey.EMPLOYEE_EXPENSE);
        assertThat(engine.map(expense("Officer Compensation")).metric()).isEqualTo(MetricKey.OWNER_COMP);
        assertThat(engine.map(expense("Payroll Expenses:Officers Comp")).metric()).isEqualTo(MetricKey.OWNER_COMP);
        assertThat(engine.map(expense("Owner's Draw")).metric()).isEqualTo(MetricKey.OWNER_COMP);
        assertThat(engine.map(expense("Tax Distributions")).metric()).isEqualTo(MetricKey.OWNER_COMP_TAXES);
        assertThat(engine.map(new AccountLine("Cost of Goods Sold", ReportSection.COST_OF_GOODS_SOLD, Map.of()))
                .metric()).isEqualTo(MetricKey.PRODUCT_COGS);
        assertThat(engine.map(expense("Rent Expense")).source()).isEqualTo(MappingSource.CATCH_ALL);
    }
}
