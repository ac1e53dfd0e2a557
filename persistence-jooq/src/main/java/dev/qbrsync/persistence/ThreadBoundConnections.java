package dev.qbrsync.persistence;

import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Connections for jOOQ that follow the thread's transaction: inside {@link #inTransaction} every statement on this
 * thread uses the transaction's connection; outside it each statement borrows a pooled connection in auto-commit.
 * The binding is always removed in {@code finally}, so a transaction that died with its database (rollback failing
 * too) can never leave a half-open transaction behind for the thread's next request.
 */
final class ThreadBoundConnections implements ConnectionProvider {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> transactionConnection = new ThreadLocal<>();

    ThreadBoundConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(Supplier<T> work) {
        if (transactionConnection.get() != null) {
            return work.get();
        }
        Connection connection = borrow();
        try {
            connection.setAutoCommit(false);
            transactionConnection.set(connection);
            T result = work.get();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new DataAccessException("Transaction failed: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            transactionConnection.remove();
            closeQuietly(connection);
        }
    }

    @Override
    public Connection acquire() {
        Connection current = transactionConnection.get();
        return current != null ? current : borrow();
    }

    @Override
    public void release(Connection connection) {
        if (connection != transactionConnection.get()) {
            closeQuietly(connection);
        }
    }

    private Connection borrow() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("No database connection: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone with the database; closing it below discards the transaction
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a broken connection is evicted by the pool when closed
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }
}
