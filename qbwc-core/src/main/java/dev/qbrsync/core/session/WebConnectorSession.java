package dev.qbrsync.core.session;

import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QbxmlTarget;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One Web Connector conversation, from authenticate to closeConnection, as stored between calls.
 *
 * @param ticketHash      SHA-256 of the ticket; the ticket itself is never stored
 * @param nextTaskIndex   index in {@code plan} of the task to send next (or awaiting its response)
 * @param target          qbXML version and country, known from the first sendRequestXML on
 * @param companyFile     the company file path QBWC reported, empty until then
 * @param version         optimistic lock: incremented by every stored change
 */
public record WebConnectorSession(
        UUID id,
        String ticketHash,
        String companyId,
        String userName,
        SessionState state,
        SyncPlan plan,
        int nextTaskIndex,
        int progress,
        String lastError,
        QbxmlTarget target,
        String companyFile,
        Instant createdAt,
        Instant lastActivityAt,
        long version) {

    public WebConnectorSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketHash, "ticketHash");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        lastError = lastError == null ? "" : lastError;
        companyFile = companyFile == null ? "" : companyFile;
    }

    public static WebConnectorSession start(UUID id, Ticket ticket, String companyId, String userName, SyncPlan plan,
                                            Instant now) {
        return new WebConnectorSession(id, ticket.hash(), companyId, userName, SessionState.AUTHENTICATED, plan, 0, 0,
                "", null, "", now, now, 0);
    }

    public Optional<QbxmlTarget> qbxmlTarget() {
        return Optional.ofNullable(target);
    }

    public Optional<SyncTask> currentTask() {
        return nextTaskIndex < plan.size() ? Optional.of(plan.tasks().get(nextTaskIndex)) : Optional.empty();
    }

    /** Live sessions hold their company: a second Web Connector for it is answered {@code busy}. */
    public boolean isLive(Instant now, Duration idleTimeout) {
        return state.isOpen() && !isExpired(now, idleTimeout);
    }

    public boolean isExpired(Instant now, Duration idleTimeout) {
        return lastActivityAt.plus(idleTimeout).isBefore(now);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a session with some fields changed; {@link #build()} increments the version. */
    public static final class Builder {
        private final WebConnectorSession from;
        private SessionState state;
        private int nextTaskIndex;
        private int progress;
        private String lastError;
        private QbxmlTarget target;
        private String companyFile;
        private Instant lastActivityAt;

        private Builder(WebConnectorSession from) {
            this.from = from;
            this.state = from.state;
            this.nextTaskIndex = from.nextTaskIndex;
            this.progress = from.progress;
            this.lastError = from.lastError;
            this.target = from.target;
            this.companyFile = from.companyFile;
            this.lastActivityAt = from.lastActivityAt;
        }

        public Builder state(SessionState value) {
            this.state = value;
            return this;
        }

        public Builder nextTaskIndex(int value) {
            this.nextTaskIndex = value;
            return this;
        }

        public Builder progress(int value) {
            this.progress = value;
            return this;
        }

        public Builder lastError(String value) {
            this.lastError = value;
            return this;
        }

        public Builder target(QbxmlTarget value) {
            this.target = value;
            return this;
        }

        public Builder companyFile(String value) {
            this.companyFile = value;
            return this;
        }

        public Builder lastActivityAt(Instant value) {
            this.lastActivityAt = value;
            return this;
        }

        public WebConnectorSession build() {
            return new WebConnectorSession(from.id, from.ticketHash, from.companyId, from.userName, state, from.plan,
                    nextTaskIndex, progress, lastError, target, companyFile, from.createdAt, lastActivityAt,
                    from.version + 1);
        }
    }
}
