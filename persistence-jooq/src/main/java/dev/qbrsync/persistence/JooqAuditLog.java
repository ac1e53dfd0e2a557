package dev.qbrsync.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditLog;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.BoundedText;
import dev.qbrsync.persistence.generated.tables.records.QbrAuditLogRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;

import java.util.List;

import static dev.qbrsync.persistence.generated.Tables.QBR_AUDIT_LOG;

/**
 * {@code qbr_audit_log} in the columns its users query ({@code timestamp}, {@code user_email} for whoever acted,
 * {@code action}, {@code success}, {@code details}, {@code ip_address}, {@code failure_reason}) plus the outcome,
 * which tells a denial from a failure. Append-only (a trigger refuses updates and deletes); entries are written through
 * the autonomous context, so they commit even when the operation they describe rolls back.
 */
public final class JooqAuditLog implements AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FAILURE_REASON = 255;

    private final DSLContext dsl;

    public JooqAuditLog(Database database) {
        this.dsl = database.autonomousDsl();
    }

    @Override
    public void append(AuditEvent event) {
        boolean success = event.outcome() == AuditOutcome.SUCCESS;
        ObjectNode details = JSON.createObjectNode().put("detail", event.detail());
        dsl.insertInto(QBR_AUDIT_LOG)
                .set(QBR_AUDIT_LOG.TIMESTAMP, event.at())
                .set(QBR_AUDIT_LOG.USER_EMAIL, event.actor())
                .set(QBR_AUDIT_LOG.ACTION, event.action())
                .set(QBR_AUDIT_LOG.SUCCESS, success)
                .set(QBR_AUDIT_LOG.OUTCOME, event.outcome().name())
                .set(QBR_AUDIT_LOG.DETAILS, JSONB.valueOf(details.toString()))
                .set(QBR_AUDIT_LOG.IP_ADDRESS, event.sourceAddress())
                .set(QBR_AUDIT_LOG.FAILURE_REASON, success ? null : BoundedText.cap(event.detail(), MAX_FAILURE_REASON))
                .execute();
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return dsl.selectFrom(QBR_AUDIT_LOG)
                .orderBy(QBR_AUDIT_LOG.TIMESTAMP.desc(), QBR_AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(JooqAuditLog::toEvent);
    }

    private static AuditEvent toEvent(QbrAuditLogRecord record) {
        AuditOutcome outcome = record.getOutcome() != null ? AuditOutcome.valueOf(record.getOutcome())
                : record.getSuccess() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
        return new AuditEvent(record.getTimestamp(), record.getUserEmail(), record.getIpAddress(), record.getAction(),
                outcome, detail(record));
    }

    private static String detail(QbrAuditLogRecord record) {
        if (record.getDetails() != null) {
            try {
                var node = JSON.readTree(record.getDetails().data()).get("detail");
                if (node != null) {
                    return node.asText();
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException ignored) {
                // a row written by another program: fall back to its failure reason
            }
        }
        return record.getFailureReason();
    }
}
