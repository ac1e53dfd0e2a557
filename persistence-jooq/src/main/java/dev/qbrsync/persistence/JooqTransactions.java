package dev.qbrsync.persistence;

import dev.qbrsync.core.port.Transactions;
import org.jooq.DSLContext;

import java.util.function.Supplier;

/** Runs work in one PostgreSQL transaction that every adapter on this thread joins; nested calls become savepoints. */
public final class JooqTransactions implements Transactions {
    private final DSLContext dsl;

    public JooqTransactions(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}
