package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules and rule patches are built by naming what they set, never by position with nulls. */
class RulesByNameTest {
    private final MappingRule stored = MappingRule.mapping("Managed Services", MatchType.PREFIX, MetricKey.MRR)
            .inSection(ReportSection.INCOME).withPriority(150).withNote("recurring").forCompany(CompanyId.of("acme")).withId(7);

    @Test
    void aNamedRuleHasTheDefaultsOfAnAddedRuleAndWhatItWasGiven() {
        MappingRule plain = MappingRule.mapping("Backup", MatchType.CONTAINS, MetricKey.MRR);

        assertThat(plain).isEqualTo(new MappingRule(null, "Backup", MatchType.CONTAINS, MetricKey.MRR, null,
                MappingRule.DEFAULT_PRIORITY, true, "", null));
        assertThat(stored).isEqualTo(new MappingRule(7L, "Managed Services", MatchType.PREFIX, MetricKey.MRR,
                ReportSection.INCOME, 150, true, "recurring", CompanyId.of("acme")));
        assertThat(plain.inactive().active()).isFalse();
    }

    @Test
    void aPatchChangesWhatItNamesAndNothingElse() {
        MappingRule changed = RulePatch.none().metric(MetricKey.ORR).active(false).applyTo(stored);

        assertThat(changed).isEqualTo(new MappingRule(7L, "Managed Services", MatchType.PREFIX, MetricKey.ORR,
                ReportSection.INCOME, 150, false, "recurring", CompanyId.of("acme")));
        assertThat(RulePatch.none().applyTo(stored)).isEqualTo(stored);
    }

    @Test
    void aPatchCanClearTheSectionWhichANullFieldNeverDoes() {
        assertThat(RulePatch.none().section(null).applyTo(stored).section()).isNull();
        assertThat(RulePatch.none().pattern("Managed").matchType(MatchType.WORDS).priority(5).note("n")
                .applyTo(stored)).isEqualTo(new MappingRule(7L, "Managed", MatchType.WORDS, MetricKey.MRR,
                ReportSection.INCOME, 5, true, "n", CompanyId.of("acme")));
    }
}
