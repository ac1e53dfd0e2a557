package dev.qbrsync.core.mapping;

/** How a rule's pattern is compared with an account name, always case-insensitively. Declared most specific first. */
public enum MatchType {
    EXACT,
    PREFIX,
    CONTAINS,
    REGEX
}
