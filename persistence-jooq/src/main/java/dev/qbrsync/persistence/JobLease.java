package dev.qbrsync.persistence;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static dev.qbrsync.persistence.generated.Tables.QBR_JOB_RUNS;

/**
 * Periodic jobs run in one instance at a time. A run holds the job's lease, a session-level advisory lock on a
 * connection of its own, opened for the attempt and closed after it, which frees the lock whatever happened (and
 * PostgreSQL frees it at once if the instance dies). It runs only when the job's last
 * run, by whichever instance, finished longer ago than its interval ({@code qbr_job_runs}, timed by the database's
 * clock). A run that fails is not recorded as finished, so the next attempt runs it again.
 */
public final class JobLease {
    /** The first key of every job lease ("QBRJ"); the second is a hash of the job's name. */
    static final int JOB_LOCK_CLASS = 0x5142_524A;

    private final Database database;
    private final UUID instanceId;

    public JobLease(Database database, UUID instanceId) {
        this.database = database;
        this.instanceId = instanceId;
    }

    /** Runs {@code work} if no other instance is running the job and it is due; returns whether it ran. */
    public boolean runIfDue(String job, Duration interval, Runnable work) {
        try (Connection connection = database.unpooledConnection()) {
            DSLContext lease = DSL.using(connection, SQLDialect.POSTGRES);
            if (!lease.fetchValue(DSL.field("pg_try_advisory_lock({0}, hashtext({1}))", Boolean.class,
                    DSL.val(JOB_LOCK_CLASS), DSL.val(job)))) {
                return false;
            }
            try {
                return runIfDue(lease, job, interval, work);
            } finally {
                release(lease, job);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Job " + job + ": " + e.getMessage(), e);
        }
    }

    private boolean runIfDue(DSLContext lease, String job, Duration interval, Runnable work) {
        if (!due(lease, job, interval)) {
            return false;
        }
        recordStart(lease, job);
        work.run();
        lease.update(QBR_JOB_RUNS).set(QBR_JOB_RUNS.LAST_FINISHED_AT, DSL.currentInstant())
                .where(QBR_JOB_RUNS.JOB_NAME.eq(job)).execute();
        return true;
    }

    /**
     * Frees the lease at once: closing the connection frees it too, but only once the server has noticed, so another
     * instance asking right after could still be refused.
     */
    private static void release(DSLContext lease, String job) {
        try {
            lease.fetchValue(DSL.field("pg_advisory_unlock({0}, hashtext({1}))", Boolean.class,
                    DSL.val(JOB_LOCK_CLASS), DSL.val(job)));
        } catch (RuntimeException e) {
            // The connection is gone, and with it the lock.
        }
    }

    private static boolean due(DSLContext lease, String job, Duration interval) {
        Instant lastFinished = lease.select(QBR_JOB_RUNS.LAST_FINISHED_AT).from(QBR_JOB_RUNS)
                .where(QBR_JOB_RUNS.JOB_NAME.eq(job)).fetchOptional(QBR_JOB_RUNS.LAST_FINISHED_AT).orElse(null);
        return lastFinished == null || lease.fetchValue(DSL.field("{0} <= now() - {1} * interval '1 millisecond'",
                Boolean.class, DSL.val(lastFinished), DSL.val(interval.toMillis())));
    }

    private void recordStart(DSLContext lease, String job) {
        lease.insertInto(QBR_JOB_RUNS)
                .set(QBR_JOB_RUNS.JOB_NAME, job)
                .set(QBR_JOB_RUNS.LAST_STARTED_AT, DSL.currentInstant())
                .set(QBR_JOB_RUNS.INSTANCE_ID, instanceId)
                .onConflict(QBR_JOB_RUNS.JOB_NAME).doUpdate()
                .set(QBR_JOB_RUNS.LAST_STARTED_AT, DSL.currentInstant())
                .set(QBR_JOB_RUNS.INSTANCE_ID, instanceId)
                .execute();
    }
}
