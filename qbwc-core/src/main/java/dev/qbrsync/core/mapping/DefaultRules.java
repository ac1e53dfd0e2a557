package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a new installation starts with, for a managed-service provider's chart of accounts, as data
 * ({@code default-rules.tsv} beside this class), the one list of them: persistence's migration 3 seeds a new database
 * from it, and the core's tests and in-memory ports start from it. A database seeded before keeps its rules; a change
 * here reaches it only through a new migration.
 */
public final class DefaultRules {
    private static final String RESOURCE = "default-rules.tsv";
    private static final List<MappingRule> RULES = load();

    private DefaultRules() {
    }

    /** The default rules, without ids, in file order. */
    public static List<MappingRule> all() {
        return RULES;
    }

    private static List<MappingRule> load() {
        try (InputStream in = DefaultRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<MappingRule> rules = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(parse(line));
                }
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static MappingRule parse(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 6) {
            throw new IllegalStateException(RESOURCE + ": expected 6 tab-separated columns in: " + line);
        }
        MetricKey metric = MetricKey.fromCode(columns[2])
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown metric " + columns[2]));
        ReportSection section = columns[3].isBlank() ? null : ReportSection.valueOf(columns[3]);
        return new MappingRule(null, columns[0], MatchType.valueOf(columns[1].toUpperCase(Locale.ROOT)), metric,
                section, Integer.parseInt(columns[4]), true, columns[5]);
    }
}
