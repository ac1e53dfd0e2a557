package dev.qbrsync.app;

import dev.qbrsync.http.ReadinessCheck;
import dev.qbrsync.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ready when the database answers and has every migration applied. A change between ready and not ready is logged
 * once, with the reason, which the anonymous {@code /health/ready} answer never carries.
 */
final class DatabaseReadiness implements ReadinessCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReadiness.class);

    private final Database database;
    private volatile boolean wasReady = true;

    DatabaseReadiness(Database database) {
        this.database = database;
    }

    @Override
    public Readiness check() {
        Database.Health health = database.health();
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", health.reachable() ? "reachable" : "unreachable");
        if (health.reachable()) {
            checks.put("migrations", health.pendingMigrations() == 0 ? "applied"
                    : health.pendingMigrations() + " pending");
        }
        boolean ready = health.reachable() && health.pendingMigrations() == 0;
        if (ready != wasReady) {
            wasReady = ready;
            if (ready) {
                LOG.info("Ready again: the database answers and its schema is up to date");
            } else {
                LOG.warn("Not ready: {}", health.reachable() ? health.pendingMigrations()
                        + " migration(s) not applied; run 'qbr-sync migrate' or restart" : health.problem());
            }
        }
        return new Readiness(ready, checks);
    }
}
