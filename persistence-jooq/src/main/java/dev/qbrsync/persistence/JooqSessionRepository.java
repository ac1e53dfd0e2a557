package dev.qbrsync.persistence;

import dev.qbrsync.core.audit.BoundedText;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
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
 * Sessions in {@code qbwc_sync_sessions}: the columns the replaced service reported ({@code ticket} holding a hash of
 * the ticket, {@code status} active/completed/failed, queries total and completed, the current query and period, the
 * error) beside the state machine's own detail. Opening a session takes a transaction-scoped advisory lock on its
 * company, so of two Web Connectors racing for one company exactly one gets in; updates are guarded by a version.
 */
public final class JooqSessionRepository implements SessionRepository {
    private static final List<String> HOLDING_STATES = Arrays.stream(SessionState.values())
            .filter(SessionState::holdsCompany).map(SessionState::name).toList();
    private static final int MAX_COMPANY_FILE = 500;
    private static final int MAX_COMPANY_NAME = 255;
    private static final int MAX_FILE_ID = 40;

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
                    .where(QBWC_SYNC_SESSIONS.ORGANIZATION_ID.eq(CompanyKeys.organizationId(session.companyId())))
                    .and(QBWC_SYNC_SESSIONS.STATE.in(HOLDING_STATES))
                    .and(QBWC_SYNC_SESSIONS.LAST_ACTIVITY_AT.gt(liveAfter)));
            if (busy) {
                return false;
            }
            dsl.insertInto(QBWC_SYNC_SESSIONS).set(toRecord(session)).execute();
            return true;
        });
    }

    @Override
    public Optional<WebConnectorSession> findByTicketHash(String ticketHash) {
        return dsl.selectFrom(QBWC_SYNC_SESSIONS)
                .where(QBWC_SYNC_SESSIONS.TICKET.eq(ticketHash))
                .and(QBWC_SYNC_SESSIONS.SESSION_UUID.isNotNull())
                .fetchOptional(JooqSessionRepository::toSession);
    }

    @Override
    public void update(WebConnectorSession updated) {
        int changed = dsl.update(QBWC_SYNC_SESSIONS)
                .set(toRecord(updated))
                .where(QBWC_SYNC_SESSIONS.SESSION_UUID.eq(updated.id()))
                .and(QBWC_SYNC_SESSIONS.VERSION.eq(updated.version() - 1))
                .execute();
        if (changed == 0) {
            throw new ConcurrentUpdateException("Session " + updated.id() + " was changed by another call");
        }
    }

    @Override
    public Optional<WebConnectorSession> latestForCompany(String companyId) {
        return dsl.selectFrom(QBWC_SYNC_SESSIONS)
                .where(QBWC_SYNC_SESSIONS.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBWC_SYNC_SESSIONS.SESSION_UUID.isNotNull())
                .orderBy(QBWC_SYNC_SESSIONS.CREATED_AT.desc())
                .limit(1)
                .fetchOptional(JooqSessionRepository::toSession);
    }

    private QbwcSyncSessionsRecord toRecord(WebConnectorSession session) {
        QbwcSyncSessionsRecord record = dsl.newRecord(QBWC_SYNC_SESSIONS);
        record.setSessionUuid(session.id());
        record.setTicket(session.ticketHash());
        record.setOrganizationId(CompanyKeys.organizationId(session.companyId()));
        record.setUserName(session.userName());
        record.setState(session.state().name());
        record.setStatus(status(session));
        record.setPlan(session.plan().encode());
        record.setQueriesTotal(session.plan().tasks().size());
        record.setQueriesCompleted(session.plan().tasksBefore(session.nextRound()));
        Optional<SyncTask> current = session.currentRound().map(round -> round.get(0));
        record.setCurrentQueryType(current.map(JooqSessionRepository::queryType).orElse(null));
        record.setCurrentPeriod(current.filter(SyncTask.ProfitAndLoss.class::isInstance)
                .map(task -> ((SyncTask.ProfitAndLoss) task).first().toString()).orElse(null));
        record.setConnectionRetries(session.connectionRetries());
        record.setProgress(session.progress());
        record.setErrorMessage(session.lastError().isEmpty() ? null : session.lastError());
        record.setQbxmlVersion(session.qbxmlTarget().map(target -> target.version().toString()).orElse(null));
        record.setQbxmlCountry(session.qbxmlTarget().map(target -> target.country().name()).orElse(null));
        record.setCompanyFile(BoundedText.cap(session.openFile().filePath(), MAX_COMPANY_FILE));
        record.setQbCompanyName(BoundedText.cap(session.openFile().companyName(), MAX_COMPANY_NAME));
        record.setQbFileId(BoundedText.cap(session.openFile().fileId(), MAX_FILE_ID));
        record.setCreatedAt(session.createdAt());
        record.setLastActivityAt(session.lastActivityAt());
        record.setCompletedAt(session.state().holdsCompany() && session.state() != SessionState.COMPLETED
                ? null : session.lastActivityAt());
        record.setVersion(session.version());
        return record;
    }

    /** The replaced service's status: active while it runs, then completed or failed. */
    private static String status(WebConnectorSession session) {
        return switch (session.state()) {
            case AUTHENTICATED, AWAITING_RESPONSE -> "active";
            case COMPLETED, NOTHING_TO_DO -> "completed";
            case FAILED -> "failed";
            case CLOSED -> session.lastError().isEmpty() && session.nextRound() >= session.plan().size()
                    ? "completed" : "failed";
        };
    }

    static String queryType(SyncTask task) {
        return task instanceof SyncTask.ProfitAndLoss ? "profit_loss" : "employees";
    }

    private static WebConnectorSession toSession(QbwcSyncSessionsRecord record) {
        QbxmlTarget target = record.getQbxmlVersion() == null ? null
                : new QbxmlTarget(QbxmlVersion.parse(record.getQbxmlVersion()),
                QbxmlTarget.Country.valueOf(record.getQbxmlCountry()));
        SyncPlan plan = SyncPlan.decode(record.getPlan());
        return new WebConnectorSession(record.getSessionUuid(), record.getTicket(),
                CompanyKeys.companyKey(record.getOrganizationId()), record.getUserName(),
                SessionState.valueOf(record.getState()), plan, plan.roundAfter(record.getQueriesCompleted()),
                record.getProgress(),
                record.getErrorMessage() == null ? "" : record.getErrorMessage(), target,
                new FileIdentity(record.getQbCompanyName(), record.getQbFileId(), record.getCompanyFile()),
                record.getConnectionRetries(), record.getCreatedAt(),
                record.getLastActivityAt(), record.getVersion());
    }
}
