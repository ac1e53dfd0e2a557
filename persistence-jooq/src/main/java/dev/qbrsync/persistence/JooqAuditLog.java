package dev.qbrsync.persistence;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditLog;
import dev.qbrsync.core.audit.AuditOutcome;
import org.jooq.DSLContext;

import java.util.List;

import static dev.qbrsync.persistence.generated.Tables.QBR_AUDIT_LOG;

/**
 * {@code qbr_audit_log}, append-only (a trigger refuses updates and deletes). Entries are written through the
 * autonomous context, so they commit even when the operation they describe rolls back.
 */
public final class JooqAuditLog implements AuditLog {
    private final DSLContext dsl;

    public JooqAuditLog(Database database) {
        this.dsl = database.autonomousDsl();
    }

    @Override
    public void append(AuditEvent event) {
        dsl.insertInto(QBR_AUDIT_LOG)
                .set(QBR_AUDIT_LOG.OCCURRED_AT, event.at())
                .set(QBR_AUDIT_LOG.ACTOR, truncate(event.actor(), 200))
                .set(QBR_AUDIT_LOG.SOURCE_ADDRESS, truncate(event.sourceAddress(), 100))
                .set(QBR_AUDIT_LOG.ACTION, truncate(event.action(), 100))
                .set(QBR_AUDIT_LOG.OUTCOME, event.outcome().name())
                .set(QBR_AUDIT_LOG.DETAIL, event.detail())
                .execute();
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return dsl.selectFrom(QBR_AUDIT_LOG)
                .orderBy(QBR_AUDIT_LOG.OCCURRED_AT.desc(), QBR_AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(record -> new AuditEvent(record.getOccurredAt(), record.getActor(), record.getSourceAddress(),
                        record.getAction(), AuditOutcome.valueOf(record.getOutcome()), record.getDetail()));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
