package dev.qbrsync.core.mapping;

import dev.qbrsync.core.qbr.MetricKey;
import dev.qbrsync.core.report.ReportSection;

/**
 * A change to some fields of a stored rule; a null field (and {@code sectionGiven == false}) leaves it as it is, so an
 * edit never silently resets what it did not mention.
 *
 * @param sectionGiven true when the change sets the section, to {@code section} (null meaning any section)
 */
public record RulePatch(String pattern, MatchType matchType, MetricKey metric, boolean sectionGiven,
                        ReportSection section, Integer priority, Boolean active, String note) {

    /** A patch that changes nothing: add what it changes by name, {@code RulePatch.none().metric(MetricKey.ORR)}. */
    public static RulePatch none() {
        return new RulePatch(null, null, null, false, null, null, null, null);
    }

    public RulePatch pattern(String newPattern) {
        return new RulePatch(newPattern, matchType, metric, sectionGiven, section, priority, active, note);
    }

    public RulePatch matchType(MatchType newMatchType) {
        return new RulePatch(pattern, newMatchType, metric, sectionGiven, section, priority, active, note);
    }

    public RulePatch metric(MetricKey newMetric) {
        return new RulePatch(pattern, matchType, newMetric, sectionGiven, section, priority, active, note);
    }

    /** Sets the section; null makes the rule apply in any section. */
    public RulePatch section(ReportSection newSection) {
        return new RulePatch(pattern, matchType, metric, true, newSection, priority, active, note);
    }

    public RulePatch priority(int newPriority) {
        return new RulePatch(pattern, matchType, metric, sectionGiven, section, newPriority, active, note);
    }

    public RulePatch active(boolean newActive) {
        return new RulePatch(pattern, matchType, metric, sectionGiven, section, priority, newActive, note);
    }

    public RulePatch note(String newNote) {
        return new RulePatch(pattern, matchType, metric, sectionGiven, section, priority, active, newNote);
    }

    /** A patch that sets every field to the rule's (a full replacement). */
    public static RulePatch replacingWith(MappingRule rule) {
        return new RulePatch(rule.pattern(), rule.matchType(), rule.metric(), true, rule.section(), rule.priority(),
                rule.active(), rule.note());
    }

    /** @throws InvalidRuleException when the result is not a valid rule */
    public MappingRule applyTo(MappingRule stored) {
        return new MappingRule(stored.id(),
                pattern != null ? pattern : stored.pattern(),
                matchType != null ? matchType : stored.matchType(),
                metric != null ? metric : stored.metric(),
                sectionGiven ? section : stored.section(),
                priority != null ? priority : stored.priority(),
                active != null ? active : stored.active(),
                note != null ? note : stored.note(),
                stored.company());
    }
}
