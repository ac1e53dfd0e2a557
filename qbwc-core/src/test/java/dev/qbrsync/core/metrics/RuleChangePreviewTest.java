package dev.qbrsync.core.metrics;

import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.history.SyncHistoryEntry;
import dev.qbrsync.core.history.SyncOutcome;
import dev.qbrsync.core.history.SyncType;
import dev.qbrsync.core.mapping.InvalidRuleException;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.mapping.MappingSource;
import dev.qbrsync.core.mapping.MatchType;
import dev.qbrsync.core.mapping.RuleChange;
import dev.qbrsync.core.mapping.RulePatch;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.qbr.Money;
import dev.qbrsync.core.report.ProfitAndLossReport;
import dev.qbrsync.core.report.ReportSection;
import dev.qbrsync.core.testing.InMemoryCore;
import dev.qbrsync.core.testing.MutableClock;
import dev.qbrsync.core.testing.ReportBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleChangePreviewTest {
    private static final CompanyScope EVERY = CompanyScope.every();
    private static final CompanyId COMPANY = InMemoryCore.COMPANY;
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final MappingRule TIER_TWO_IS_MRR = new MappingRule(null, "Tier Two", MatchType.PREFIX,
            MetricKey.MRR, null, 100, true, "");

    private final InMemoryCore core = new InMemoryCore(MutableClock.utc("2026-02-10T12:00:00Z"));

    private void store(Instant at, ProfitAndLossReport report) {
        List<YearMonth> months = report.months();
        core.history.record(new SyncHistoryEntry(null, COMPANY, UUID.randomUUID(), SyncType.PROFIT_AND_LOSS,
                months.get(0), months.get(months.size() - 1), "<raw/>", report, null, List.of(), SyncOutcome.SUCCESS,
                "", at));
    }

    /** January and February, then February again with other figures, as a refresh stores it. */
    private void storeTwoReports() {
        store(Instant.parse("2026-02-01T00:00:00Z"), ReportBuilder.forMonths(JAN, FEB)
                .account(ReportSection.INCOME, "Tier Two Plans", "5000.00", "5100.00")
                .account(ReportSection.EXPENSE, "Rent", "1000.00", "1000.00").build());
        store(Instant.parse("2026-02-09T00:00:00Z"), ReportBuilder.forMonths(FEB)
                .account(ReportSection.INCOME, "Tier Two Plans", "5200.00")
                .account(ReportSection.EXPENSE, "Rent", "1000.00").build());
    }

    @Test
    void aNewRuleShowsTheAccountsItMovesAndTheChangeOfEachMetricInEachMonth() {
        storeTwoReports();

        RuleChangeEffect effect = core.ruleChangePreview.preview(EVERY, COMPANY,
                new RuleChange.Create(TIER_TWO_IS_MRR))
                .orElseThrow();

        assertThat(effect.accounts()).singleElement().satisfies(moved -> {
            assertThat(moved.account().fullName()).isEqualTo("Tier Two Plans");
            assertThat(moved.account().amounts()).isEqualTo(Map.of(JAN, Money.of("5000.00"), FEB, Money.of("5200.00")));
            assertThat(moved.before().source()).isEqualTo(MappingSource.CATCH_ALL);
            assertThat(moved.before().metric()).isEqualTo(MetricKey.MISC_REVENUE);
            assertThat(moved.after().metric()).isEqualTo(MetricKey.MRR);
            assertThat(moved.after().explanation()).isEqualTo("the new rule prefix 'Tier Two'");
        });
        assertThat(effect.metrics()).containsExactly(
                new RuleChangeEffect.MetricChange(JAN, MetricKey.MRR, Money.ZERO, Money.of("5000.00")),
                new RuleChangeEffect.MetricChange(JAN, MetricKey.MISC_REVENUE, Money.of("5000.00"), Money.ZERO),
                new RuleChangeEffect.MetricChange(FEB, MetricKey.MRR, Money.ZERO, Money.of("5200.00")),
                new RuleChangeEffect.MetricChange(FEB, MetricKey.MISC_REVENUE, Money.of("5200.00"), Money.ZERO));
        assertThat(effect.metrics().get(1).change()).isEqualTo(Money.of("-5000.00"));
    }

    @Test
    void aPreviewStoresNothing() {
        storeTwoReports();
        List<MappingRule> rulesBefore = core.mappings.rulesFor(COMPANY);

        core.ruleChangePreview.preview(EVERY, COMPANY, new RuleChange.Create(TIER_TWO_IS_MRR));

        assertThat(core.mappings.rulesFor(COMPANY)).isEqualTo(rulesBefore);
        assertThat(core.metrics.find(COMPANY, JAN, FEB)).isEmpty();
    }

    @Test
    void editsAndRemovalsArePreviewedAgainstTheStoredRule() {
        storeTwoReports();
        MappingRule stored = core.mappings.create(TIER_TWO_IS_MRR);

        RuleChangeEffect toOrr = core.ruleChangePreview.preview(EVERY, COMPANY,
                new RuleChange.Update(stored.id(),
                new RulePatch(null, null, MetricKey.ORR, false, null, null, null, null))).orElseThrow();
        RuleChangeEffect disabled = core.ruleChangePreview.preview(EVERY, COMPANY,
                new RuleChange.Update(stored.id(),
                new RulePatch(null, null, null, false, null, null, false, null))).orElseThrow();
        RuleChangeEffect removed = core.ruleChangePreview.preview(EVERY, COMPANY,
                new RuleChange.Delete(stored.id()))
                .orElseThrow();

        assertThat(toOrr.accounts()).singleElement().satisfies(moved -> {
            assertThat(moved.before().explanation()).isEqualTo("rule #" + stored.id() + " prefix 'Tier Two'");
            assertThat(moved.after().metric()).isEqualTo(MetricKey.ORR);
        });
        assertThat(disabled.accounts()).singleElement()
                .satisfies(moved -> assertThat(moved.after().metric()).isEqualTo(MetricKey.MISC_REVENUE));
        assertThat(removed.metrics()).isEqualTo(disabled.metrics());
    }

    @Test
    void aChangeThatMovesNothingHasNoEffect() {
        storeTwoReports();

        RuleChangeEffect effect = core.ruleChangePreview.preview(EVERY, COMPANY,
                new RuleChange.Create(new MappingRule(null,
                "Nothing Like It", MatchType.EXACT, MetricKey.MRR, null, 100, true, ""))).orElseThrow();

        assertThat(effect.accounts()).isEmpty();
        assertThat(effect.metrics()).isEmpty();
        assertThat(core.ruleChangePreview.preview(EVERY, CompanyId.of("no-reports"),
                new RuleChange.Create(TIER_TWO_IS_MRR))
                .orElseThrow().metrics()).isEmpty();
    }

    @Test
    void anUnknownRuleHasNoPreviewAndAnUnaffordableRegexIsRefused() {
        assertThat(core.ruleChangePreview.preview(EVERY, COMPANY, new RuleChange.Delete(987_654)))
                .isEmpty();
        assertThat(core.ruleChangePreview.preview(EVERY, COMPANY, new RuleChange.Update(987_654,
                RulePatch.replacingWith(TIER_TWO_IS_MRR)))).isEmpty();
        assertThatThrownBy(() -> core.ruleChangePreview.preview(EVERY, COMPANY,
                new RuleChange.Create(new MappingRule(null,
                "(a+)+$", MatchType.REGEX, MetricKey.MRR, null, 100, true, ""))))
                .isInstanceOf(InvalidRuleException.class)
                .satisfies(error -> assertThat(((InvalidRuleException) error).field()).isEqualTo("pattern"));
    }
}
