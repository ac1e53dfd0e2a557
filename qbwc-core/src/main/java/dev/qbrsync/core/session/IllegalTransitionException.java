package dev.qbrsync.core.session;

/** A session was asked to move in a way its state machine does not allow, e.g. to advance before it asked anything. */
public final class IllegalTransitionException extends IllegalStateException {
    private final SessionState from;
    private final String transition;

    public IllegalTransitionException(SessionState from, String transition) {
        super("A " + from.name().toLowerCase().replace('_', ' ') + " session cannot " + transition);
        this.from = from;
        this.transition = transition;
    }

    public SessionState from() {
        return from;
    }

    public String transition() {
        return transition;
    }
}
