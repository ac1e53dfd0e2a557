package dev.qbrsync.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.qbrsync.persistence.generated.Tables.QBR_INSTANCES;
import static org.assertj.core.api.Assertions.assertThat;

/** An instance holds its liveness lock while it lives, takes it again after losing its connection, and says it stopped. */
class ServerInstanceTest {
    private static final Database DATABASE = EmbeddedPostgresDatabases.freshDatabase();

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private static boolean holdsItsLock(ServerInstance instance) {
        return DATABASE.dsl().fetchExists(DATABASE.dsl().selectOne().from("pg_locks").where("locktype = 'advisory' "
                + "and granted and objsubid = 2 and classid = {0}::oid and objid = {1}::oid",
                ServerInstance.LIVENESS_LOCK_CLASS, instance.livenessKey()));
    }

    @Test
    void afterLosingItsConnectionTheNextHeartbeatTakesTheLockAgain() {
        try (ServerInstance instance = ServerInstance.register(DATABASE, "restarting database", Duration.ofHours(1))) {
            assertThat(holdsItsLock(instance)).isTrue();
            DATABASE.dsl().fetch("select pg_terminate_backend(pid, 10000) from pg_locks where locktype = 'advisory' "
                    + "and objsubid = 2 and classid = {0}::oid and objid = {1}::oid", ServerInstance.LIVENESS_LOCK_CLASS,
                    instance.livenessKey());
            assertThat(holdsItsLock(instance)).isFalse();

            instance.heartbeat();

            assertThat(holdsItsLock(instance)).isTrue();
        }
    }

    @Test
    void aCleanStopIsRecordedAndReleasesTheLock() {
        ServerInstance instance = ServerInstance.register(DATABASE, "stopping", Duration.ofHours(1));

        instance.close();

        assertThat(holdsItsLock(instance)).isFalse();
        assertThat(DATABASE.dsl().select(QBR_INSTANCES.STOPPED_AT).from(QBR_INSTANCES)
                .where(QBR_INSTANCES.INSTANCE_ID.eq(instance.id())).fetchOne(QBR_INSTANCES.STOPPED_AT)).isNotNull();
    }
}
