package dev.qbrsync.core.audit;

import java.util.List;

/** Append-only record of every access. An entry must survive the failure of the operation it describes. */
public interface AuditLog {

    void append(AuditEvent event);

    /** The newest {@code limit} entries, newest first. */
    List<AuditEvent> recent(int limit);
}
