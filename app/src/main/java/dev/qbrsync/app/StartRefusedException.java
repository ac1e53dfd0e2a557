package dev.qbrsync.app;

/** The server, or a command, cannot start, for a reason a person must act on; the message says what to do. */
public final class StartRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartRefusedException(String message) {
        super(message);
    }
}
