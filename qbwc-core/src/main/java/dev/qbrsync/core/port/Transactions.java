package dev.qbrsync.core.port;

import java.util.function.Supplier;

/**
 * Runs work atomically across ports: everything the work stores through the ports commits together or not at all.
 * The audit log is the exception: it writes in its own transaction so a failure is still recorded.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
