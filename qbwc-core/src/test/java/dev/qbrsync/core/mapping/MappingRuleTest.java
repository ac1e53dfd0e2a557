package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingRuleTest {

    private static MappingRule rule(String pattern, MatchType type, MetricKey metric, ReportSection section) {
        return new MappingRule(null, pattern, type, metric, section, 0, true, null);
    }

    @Test
    void aRegexThatDoesNotCompileIsRefusedNamingThePattern() {
        assertThatThrownBy(() -> rule("([unclosed", MatchType.REGEX, MetricKey.MRR, null))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.field()).isEqualTo("pattern"));
    }

    @Test
    void anOversizeOrBlankPatternIsRefused() {
        assertThatThrownBy(() -> rule("x".repeat(MappingRule.MAX_PATTERN_LENGTH + 1), MatchType.CONTAINS,
                MetricKey.MRR, null)).isInstanceOfSatisfying(InvalidRuleException.class,
                e -> assertThat(e.field()).isEqualTo("pattern"));
        assertThatThrownBy(() -> rule("  ", MatchType.CONTAINS, MetricKey.MRR, null))
                .isInstanceOf(InvalidRuleException.class);
    }

    @Test
    void calculatedMetricsCannotBeMappedTo() {
        assertThatThrownBy(() -> rule("Revenue", MatchType.CONTAINS, MetricKey.NET_PROFIT, null))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.field()).isEqualTo("metric"));
    }

    @Test
    void aRevenueMetricCannotBeConstrainedToAnExpenseSection() {
        assertThatThrownBy(() -> rule("Sales", MatchType.CONTAINS, MetricKey.PRODUCT_SALES, ReportSection.EXPENSE))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.field()).isEqualTo("section"));
        assertThatThrownBy(() -> rule("Wages", MatchType.CONTAINS, MetricKey.EMPLOYEE_EXPENSE, ReportSection.INCOME))
                .isInstanceOf(InvalidRuleException.class);
    }

    @Test
    void aValidRuleKeepsItsFieldsAndAnEmptyNote() {
        MappingRule rule = rule("Wages", MatchType.EXACT, MetricKey.EMPLOYEE_EXPENSE, ReportSection.EXPENSE);

        assertThat(rule.note()).isEmpty();
        assertThat(rule.withId(7).id()).isEqualTo(7L);
    }
}
