package dev.qbrsync.core.mapping;

/** Why an account got its metric. */
public enum MappingSource {
    /** A rule matched the account itself. */
    RULE,
    /** No rule matched the account; it inherits its nearest mapped parent's rule. */
    INHERITED,
    /** Nothing matched; the section's catch-all metric applies. */
    CATCH_ALL
}
