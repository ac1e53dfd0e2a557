package dev.qbrsync.core.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
