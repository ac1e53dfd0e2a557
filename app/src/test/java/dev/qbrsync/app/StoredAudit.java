package dev.qbrsync.app;

import dev.qbrsync.persistence.Database;

import java.util.List;

/** The audit log as the database holds it, for tests that check what was recorded. */
final class StoredAudit {

    private StoredAudit() {
    }

    static List<String> actions(Database database) {
        return database.autonomousDsl().fetch("select action from qbr_audit_log order by id").getValues(0, String.class);
    }

    /** "action:OUTCOME:details" per entry, oldest first. */
    static List<String> entries(Database database) {
        return database.autonomousDsl()
                .fetch("select action || ':' || outcome || ':' || coalesce(details::text, '') from qbr_audit_log "
                        + "order by id").getValues(0, String.class);
    }
}
