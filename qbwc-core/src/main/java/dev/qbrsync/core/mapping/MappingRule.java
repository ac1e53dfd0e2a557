package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An editable rule that maps QuickBooks accounts to a QBR metric.
 *
 * @param id        null until stored
 * @param pattern   compared with the account's name and full path, case-insensitively
 * @param section   when set, the rule only applies to accounts in that report section
 * @param priority  a higher priority wins over a lower one
 * @param note      free text for the people who review mappings
 * @param company   the company the rule is for; null for a rule every company shares (the default rules are)
 */
public record MappingRule(
        Long id,
        String pattern,
        MatchType matchType,
        MetricKey metric,
        ReportSection section,
        int priority,
        boolean active,
        String note,
        CompanyId company) {

    public static final int MAX_PATTERN_LENGTH = 200;
    /** The priority of a rule added without one: above every default rule, so what a person adds wins. */
    public static final int DEFAULT_PRIORITY = 100;

    public MappingRule {
        validate(pattern, matchType, metric, section);
        note = note == null ? "" : note;
    }

    /** A rule every company shares. */
    public MappingRule(Long id, String pattern, MatchType matchType, MetricKey metric, ReportSection section,
                       int priority, boolean active, String note) {
        this(id, pattern, matchType, metric, section, priority, active, note, null);
    }

    /**
     * A new active rule every company shares, in any section, at {@link #DEFAULT_PRIORITY}: refine it with
     * {@link #inSection}, {@link #withPriority}, {@link #withNote} and {@link #forCompany}.
     */
    public static MappingRule mapping(String pattern, MatchType matchType, MetricKey metric) {
        return new MappingRule(null, pattern, matchType, metric, null, DEFAULT_PRIORITY, true, "", null);
    }

    /** The same rule, only for accounts of {@code reportSection}. */
    public MappingRule inSection(ReportSection reportSection) {
        return new MappingRule(id, pattern, matchType, metric, reportSection, priority, active, note, company);
    }

    public MappingRule withPriority(int newPriority) {
        return new MappingRule(id, pattern, matchType, metric, section, newPriority, active, note, company);
    }

    public MappingRule withNote(String newNote) {
        return new MappingRule(id, pattern, matchType, metric, section, priority, active, newNote, company);
    }

    public MappingRule inactive() {
        return new MappingRule(id, pattern, matchType, metric, section, priority, false, note, company);
    }

    public MappingRule withId(long newId) {
        return new MappingRule(newId, pattern, matchType, metric, section, priority, active, note, company);
    }

    /** The same rule as it would be before it is stored, to compare rules by what they say rather than their ids. */
    public MappingRule withoutId() {
        return new MappingRule(null, pattern, matchType, metric, section, priority, active, note, company);
    }

    /** The same rule for one company only. */
    public MappingRule forCompany(CompanyId companyId) {
        return new MappingRule(id, pattern, matchType, metric, section, priority, active, note, companyId);
    }

    public boolean isShared() {
        return company == null;
    }

    /** Whether the rule takes part in mapping this company's accounts. */
    public boolean appliesTo(CompanyId companyId) {
        return company == null || company.equals(companyId);
    }

    public Optional<ReportSection> sectionConstraint() {
        return Optional.ofNullable(section);
    }

    private static void validate(String pattern, MatchType matchType, MetricKey metric, ReportSection section) {
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidRuleException("pattern", "must not be blank");
        }
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            throw new InvalidRuleException("pattern", "must be at most " + MAX_PATTERN_LENGTH + " characters");
        }
        if (matchType == null) {
            throw new InvalidRuleException("matchType", "is required (exact, prefix, contains or regex)");
        }
        if (matchType == MatchType.REGEX) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidRuleException("pattern", "is not a valid regular expression: " + e.getDescription());
            }
        }
        if (metric == null) {
            throw new InvalidRuleException("metric", "is required");
        }
        if (!metric.isMappable()) {
            throw new InvalidRuleException("metric", metric.code() + " is calculated and cannot be mapped to");
        }
        if (section != null && section.metricKind() != metric.kind()) {
            throw new InvalidRuleException("section",
                    "a " + metric.kind().name().toLowerCase() + " metric cannot apply to the " + section.title() + " section");
        }
    }
}
