package dev.qbrsync.persistence.backup;

/** A backup that is not taken, verified or restored, with the reason in words for the person who asked. */
public final class BackupRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String reason) {
        super(reason);
    }

    public BackupRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
