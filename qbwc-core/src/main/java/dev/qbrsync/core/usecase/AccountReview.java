package dev.qbrsync.core.usecase;

import dev.qbrsync.core.mapping.AccountMapping;
import dev.qbrsync.core.report.AccountLine;

/** An account of a stored report next to the mapping it gets under the current rules. */
public record AccountReview(AccountLine account, AccountMapping mapping) {
}
