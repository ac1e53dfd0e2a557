package dev.qbrsync.persistence;

import dev.qbrsync.core.audit.BoundedText;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.qbrsync.persistence.generated.Tables.QBR_INSTANCES;

/**
 * This process as one of the QBR Sync instances sharing the database. It is registered when it starts serving; it is
 * alive while it holds its liveness lock, a session-level advisory lock on a connection of its own that PostgreSQL
 * releases the moment that connection dies with the process, and while it beats every {@link #HEARTBEAT_INTERVAL}
 * (timed by the database's clock); a clean stop marks it stopped. {@link JooqSessionRepository#findAbandoned} reads
 * this to tell which sessions' instances are gone.
 */
public final class ServerInstance implements AutoCloseable {
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(10);
    /** An instance not heard from for this long is gone: six heartbeats missed. */
    public static final Duration SILENCE_LIMIT = HEARTBEAT_INTERVAL.multipliedBy(6);
    /** The first key of every liveness lock ("QBRS"); the second is the instance's liveness key. */
    public static final int LIVENESS_LOCK_CLASS = 0x5142_5253;
    private static final int MAX_DESCRIPTION = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ServerInstance.class);

    private final Database database;
    private final UUID id;
    private final int livenessKey;
    private final ScheduledExecutorService heartbeats;
    private Connection liveness;
    private boolean stopped;
    private boolean failing;

    private ServerInstance(Database database, UUID id, int livenessKey, Duration heartbeatInterval) {
        this.database = database;
        this.id = id;
        this.livenessKey = livenessKey;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "qbr-sync-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = heartbeatInterval.toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Registers this process, takes its liveness lock and starts its heartbeat. */
    public static ServerInstance register(Database database, String description) {
        return register(database, description, HEARTBEAT_INTERVAL);
    }

    static ServerInstance register(Database database, String description, Duration heartbeatInterval) {
        UUID id = UUID.randomUUID();
        Integer key = database.dsl().insertInto(QBR_INSTANCES)
                .set(QBR_INSTANCES.INSTANCE_ID, id)
                .set(QBR_INSTANCES.DESCRIPTION, BoundedText.cap(description, MAX_DESCRIPTION))
                .set(QBR_INSTANCES.STARTED_AT, DSL.currentInstant())
                .set(QBR_INSTANCES.HEARTBEAT_AT, DSL.currentInstant())
                .returning(QBR_INSTANCES.LIVENESS_KEY)
                .fetchOne(QBR_INSTANCES.LIVENESS_KEY);
        ServerInstance instance = new ServerInstance(database, id, key, heartbeatInterval);
        instance.heartbeat();
        return instance;
    }

    public UUID id() {
        return id;
    }

    int livenessKey() {
        return livenessKey;
    }

    /**
     * Records that this instance is alive. When its own connection was lost (the database restarted, say), it first
     * connects again and takes its liveness lock again; a failure is logged and retried at the next beat.
     */
    synchronized void heartbeat() {
        if (stopped) {
            return;
        }
        try {
            if (liveness == null || !liveness.isValid(2)) {
                closeLiveness();
                liveness = database.unpooledConnection();
                DSL.using(liveness, SQLDialect.POSTGRES).fetch("select pg_advisory_lock({0}, {1})",
                        LIVENESS_LOCK_CLASS, livenessKey);
            }
            DSL.using(liveness, SQLDialect.POSTGRES).update(QBR_INSTANCES)
                    .set(QBR_INSTANCES.HEARTBEAT_AT, DSL.currentInstant())
                    .where(QBR_INSTANCES.INSTANCE_ID.eq(id))
                    .execute();
            if (failing) {
                failing = false;
                LOG.info("Heartbeat of instance {} works again", id);
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("Heartbeat of instance {} failed; it is tried again every beat and logged when it works "
                        + "again: {}", id, e.getMessage());
            }
            closeLiveness();
        }
    }

    /** A clean stop: marked stopped, so the sessions it served are known to be abandoned, and its lock released. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        heartbeats.shutdownNow();
        try {
            database.dsl().update(QBR_INSTANCES).set(QBR_INSTANCES.STOPPED_AT, DSL.currentInstant())
                    .where(QBR_INSTANCES.INSTANCE_ID.eq(id)).execute();
        } catch (RuntimeException e) {
            LOG.warn("Could not mark instance {} stopped (its sessions count as abandoned once its lock is gone): {}",
                    id, e.getMessage());
        }
        releaseLiveness();
        closeLiveness();
    }

    /** Releases the lock at once: closing its connection frees it too, but only once the server has noticed. */
    private void releaseLiveness() {
        if (liveness != null) {
            try {
                DSL.using(liveness, SQLDialect.POSTGRES).fetch("select pg_advisory_unlock({0}, {1})",
                        LIVENESS_LOCK_CLASS, livenessKey);
            } catch (RuntimeException e) {
                LOG.debug("Releasing the liveness lock failed; closing its connection releases it", e);
            }
        }
    }

    private void closeLiveness() {
        if (liveness != null) {
            try {
                liveness.close();
            } catch (SQLException e) {
                LOG.debug("Closing the liveness connection failed", e);
            }
            liveness = null;
        }
    }
}
