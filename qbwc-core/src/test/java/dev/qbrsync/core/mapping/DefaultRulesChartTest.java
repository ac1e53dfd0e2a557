package dev.qbrsync.core.mapping;

import dev.qbrsync.core.mapping.internal.MappingEngine;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.AccountLine;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rules against a table of realistic MSP account names ({@code msp-chart-of-accounts.tsv}), written from
 * the category definitions: every name lands in its metric, and every default rule decides at least one name.
 */
class DefaultRulesChartTest {
    private static final List<MappingRule> RULES = numbered(DefaultRules.all());
    private static final MappingEngine ENGINE = new MappingEngine(RULES);

    record Row(ReportSection section, String account, MetricKey expected, String decision) {
        AccountLine line() {
            List<String> path = Arrays.asList(account.split(":"));
            return new AccountLine(account, section, Map.of(), path);
        }

        @Override
        public String toString() {
            return section + " " + account + " -> " + expected.code();
        }
    }

    static List<Row> chart() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DefaultRulesChartTest.class.getResourceAsStream("msp-chart-of-accounts.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                rows.add(new Row(ReportSection.valueOf(columns[0]), columns[1],
                        MetricKey.fromCode(columns[2]).orElseThrow(), columns.length > 3 ? columns[3] : ""));
            }
        }
        return rows;
    }

    private static List<MappingRule> numbered(List<MappingRule> rules) {
        List<MappingRule> withIds = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            withIds.add(rules.get(i).withId(i + 1));
        }
        return withIds;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chart")
    void eachAccountLandsInItsMetric(Row row) {
        AccountMapping mapping = ENGINE.map(row.line());

        assertThat(mapping.metric()).as("%s (%s)", row.account(), mapping.explanation()).isEqualTo(row.expected());
    }

    @Test
    void theTableHasAtLeastEightyNamesAndExplainsItsAmbiguousOnes() throws IOException {
        List<Row> rows = chart();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(rows.stream().filter(row -> !row.decision().isBlank())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).anyMatch(row -> row.account().matches("\\d+ · .*"));
        assertThat(rows).anyMatch(row -> row.account().split(":").length >= 3);
    }

    @Test
    void everyDefaultRuleDecidesAtLeastOneAccountOfTheTable() throws IOException {
        Set<Long> deciding = new HashSet<>();
        for (Row row : chart()) {
            ENGINE.map(row.line()).matchedRule().ifPresent(rule -> deciding.add(rule.id()));
        }

        assertThat(RULES).allSatisfy(rule -> assertThat(deciding).as("rule '%s' decides no account of the table",
                rule.pattern()).contains(rule.id()));
    }

    @Test
    void aWordInsideAnotherWordNeverDecides() {
        AccountMapping nonRecurring = ENGINE.map(new AccountLine("Non-Recurring Services", ReportSection.INCOME,
                Map.of()));

        assertThat(nonRecurring.metric()).isEqualTo(MetricKey.NRR);
        assertThat(nonRecurring.rule().pattern()).isNotEqualTo("Recurring");
    }
}
