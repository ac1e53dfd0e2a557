package dev.qbrsync.core.mapping;

/**
 * How a rule's pattern is compared with an account name, always case-insensitively. Declared most specific first;
 * at equal priority the more specific type wins.
 */
public enum MatchType {
    /** The whole name. */
    EXACT,
    /** The start of the name. */
    PREFIX,
    /**
     * Whole words inside the name: {@code Recurring} matches {@code Recurring Services} but not {@code Non-Recurring}
     * (a hyphen or apostrophe joins a word, it does not end it).
     */
    WORDS,
    /** Any part of the name, even inside a word (as SQL {@code LIKE '%…%'}). */
    CONTAINS,
    /** A Java regular expression found anywhere in the name. */
    REGEX
}
