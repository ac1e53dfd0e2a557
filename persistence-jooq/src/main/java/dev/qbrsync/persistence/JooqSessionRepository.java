package dev.qbrsync.persistence;

import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.persistence.generated.tables.records.QbwcSyncSessionsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBWC_SYNC_SESSIONS;

/**
 * Sessions in {@code qbwc_sync_sessions}. Opening a session takes a transaction-scoped advisory lock on its company,
 * so of two Web Connectors racing for one company exactly one gets in; updates are guarded by the version column.
 */
public final class JooqSessionRepository implements SessionRepository {
    private static final List<String> HOLDING_STATES = Arrays.stream(SessionState.values())
            .filter(SessionState::holdsCompany).map(SessionState::name).toList();

    private final Database database;
    private final DSLContext dsl;

    public JooqSessionRepository(Database database) {
        this.database = database;
        this.dsl = database.dsl();
    }

    @Override
    public boolean insertIfCompanyIdle(WebConnectorSession session, Instant liveAfter) {
        return database.inTransaction(() -> {
            dsl.fetch("select pg_advisory_xact_lock(hashtextextended({0}, 0))", session.companyId());
            boolean busy = dsl.fetchExists(dsl.selectFrom(QBWC_SYNC_SESSIONS)
                    .where(QBWC_SYNC_SESSIONS.COMPANY_ID.eq(session.companyId()))
                    .and(QBWC_SYNC_SESSIONS.STATE.in(HOLDING_STATES))
                    .and(QBWC_SYNC_SESSIONS.LAST_ACTIVITY_AT.gt(liveAfter)));
            if (busy) {
                return false;
            }
            dsl.executeInsert(toRecord(session));
            return true;
        });
    }

    @Override
    public Optional<WebConnectorSession> findByTicketHash(String ticketHash) {
        return dsl.selectFrom(QBWC_SYNC_SESSIONS)
                .where(QBWC_SYNC_SESSIONS.TICKET_HASH.eq(ticketHash))
                .fetchOptional(JooqSessionRepository::toSession);
    }

    @Override
    public void update(WebConnectorSession updated) {
        QbwcSyncSessionsRecord record = toRecord(updated);
        int changed = dsl.update(QBWC_SYNC_SESSIONS)
                .set(record)
                .where(QBWC_SYNC_SESSIONS.ID.eq(updated.id()))
                .and(QBWC_SYNC_SESSIONS.VERSION.eq(updated.version() - 1))
                .execute();
        if (changed == 0) {
            throw new ConcurrentUpdateException("Session " + updated.id() + " was changed by another call");
        }
    }

    @Override
    public Optional<WebConnectorSession> latestForCompany(String companyId) {
        return dsl.selectFrom(QBWC_SYNC_SESSIONS)
                .where(QBWC_SYNC_SESSIONS.COMPANY_ID.eq(companyId))
                .orderBy(QBWC_SYNC_SESSIONS.CREATED_AT.desc())
                .limit(1)
                .fetchOptional(JooqSessionRepository::toSession);
    }

    private QbwcSyncSessionsRecord toRecord(WebConnectorSession session) {
        QbwcSyncSessionsRecord record = dsl.newRecord(QBWC_SYNC_SESSIONS);
        record.setId(session.id());
        record.setTicketHash(session.ticketHash());
        record.setCompanyId(session.companyId());
        record.setUserName(session.userName());
        record.setState(session.state().name());
        record.setPlan(session.plan().encode());
        record.setNextTaskIndex(session.nextTaskIndex());
        record.setProgress(session.progress());
        record.setLastError(session.lastError());
        record.setQbxmlVersion(session.qbxmlTarget().map(target -> target.version().toString()).orElse(null));
        record.setQbxmlCountry(session.qbxmlTarget().map(target -> target.country().name()).orElse(null));
        record.setCompanyFile(session.companyFile());
        record.setCreatedAt(session.createdAt());
        record.setLastActivityAt(session.lastActivityAt());
        record.setVersion(session.version());
        return record;
    }

    private static WebConnectorSession toSession(QbwcSyncSessionsRecord record) {
        QbxmlTarget target = record.getQbxmlVersion() == null ? null
                : new QbxmlTarget(QbxmlVersion.parse(record.getQbxmlVersion()),
                QbxmlTarget.Country.valueOf(record.getQbxmlCountry()));
        return new WebConnectorSession(record.getId(), record.getTicketHash(), record.getCompanyId(),
                record.getUserName(), SessionState.valueOf(record.getState()), SyncPlan.decode(record.getPlan()),
                record.getNextTaskIndex(), record.getProgress(), record.getLastError(), target,
                record.getCompanyFile(), record.getCreatedAt(), record.getLastActivityAt(), record.getVersion());
    }
}
