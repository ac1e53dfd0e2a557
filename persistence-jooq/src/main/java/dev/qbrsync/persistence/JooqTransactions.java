package dev.qbrsync.persistence;

import dev.qbrsync.core.port.Transactions;

import java.util.function.Supplier;

/** Runs work in one PostgreSQL transaction that every adapter on this thread joins; nested calls join the outer one. */
public final class JooqTransactions implements Transactions {
    private final Database database;

    public JooqTransactions(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }
}
