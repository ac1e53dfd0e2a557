package dev.qbrsync.core.mapping;

import dev.qbrsync.core.report.AccountLine;

import java.util.Objects;
import java.util.Optional;

/** An account of a report next to the mapping it got: what the metrics are computed from and what a person reviews. */
public record MappedAccount(AccountLine account, AccountMapping mapping) {

    public MappedAccount {
        Objects.requireNonNull(account, "account");
    }

    /** Empty only when nothing mapped the account, which the engine never allows but a caller may construct. */
    public Optional<AccountMapping> mapped() {
        return Optional.ofNullable(mapping);
    }
}
