package dev.qbrsync.core.memory;

import dev.qbrsync.core.port.Transactions;

import java.util.function.Supplier;

/**
 * Runs work directly, one at a time. In-memory ports cannot roll back, so a failure part-way leaves what was already
 * written: use the PostgreSQL adapters where atomicity itself is under test.
 */
public final class DirectTransactions implements Transactions {

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
