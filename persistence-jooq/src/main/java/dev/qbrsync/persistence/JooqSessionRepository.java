package dev.qbrsync.persistence;

import dev.qbrsync.core.audit.BoundedText;
import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.session.AbandonedSession;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.WebConnectorSession;
import dev.qbrsync.persistence.generated.tables.records.QbwcSyncSessionsRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static dev.qbrsync.persistence.generated.Tables.ORGANIZATION;
import static dev.qbrsync.persistence.generated.Tables.QBR_INSTANCES;
import static dev.qbrsync.persistence.generated.Tables.QBWC_SYNC_SESSIONS;

/**
 * Sessions in {@code qbwc_sync_sessions}: the columns the replaced service reported ({@code ticket} holding a hash of
 * the ticket, {@code status} active/completed/failed, queries total and completed, the current query and period, the
 * error) beside the state machine's own detail. Opening a session takes a transaction-scoped advisory lock on its
 * company, so of two Web Connectors racing for one company exactly one gets in; updates are guarded by a version.
 * Every insert and update records the serving instance ({@link ServerInstance}), whose liveness tells abandoned
 * sessions.
 */
public final class JooqSessionRepository implements SessionRepository {
    private static final List<String> HOLDING_STATES = Arrays.stream(SessionState.values())
            .filter(SessionState::holdsCompany).map(SessionState::name).toList();
    private static final int MAX_COMPANY_FILE = 500;
    private static final int MAX_COMPANY_NAME = 255;
    private static final int MAX_FILE_ID = 40;
    private static final String SUCCEEDED = "completed";

    private final Database database;
    private final DSLContext dsl;
    private final UUID instanceId;

    /** The sessions as the instance {@code instanceId} serves them. */
    public JooqSessionRepository(Database database, UUID instanceId) {
        this.database = database;
        this.dsl = database.dsl();
        this.instanceId = instanceId;
    }

    @Override
    public boolean insertIfCompanyIdle(WebConnectorSession session, Instant liveAfter) {
        return database.inTransaction(() -> {
            dsl.fetch("select pg_advisory_xact_lock(hashtextextended({0}, 0))", session.companyId().value());
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
    public Optional<WebConnectorSession> latestForCompany(CompanyId companyId) {
        return dsl.selectFrom(QBWC_SYNC_SESSIONS)
                .where(QBWC_SYNC_SESSIONS.ORGANIZATION_ID.eq(CompanyKeys.organizationId(companyId)))
                .and(QBWC_SYNC_SESSIONS.SESSION_UUID.isNotNull())
                .orderBy(QBWC_SYNC_SESSIONS.CREATED_AT.desc())
                .limit(1)
                .fetchOptional(JooqSessionRepository::toSession);
    }

    @Override
    public List<AbandonedSession> findAbandoned(Optional<CompanyId> companyId, Instant idleSince, Duration silenceLimit) {
        Field<Boolean> holdsLivenessLock = DSL.field(DSL.exists(DSL.selectOne().from("pg_locks").where(
                "locktype = 'advisory' and granted and objsubid = 2 and classid = {0}::oid and objid = {1}::oid "
                        + "and database = (select oid from pg_database where datname = current_database())",
                DSL.val(ServerInstance.LIVENESS_LOCK_CLASS), QBR_INSTANCES.LIVENESS_KEY))).as("alive");
        Field<Boolean> silent = DSL.field("{0} < now() - {1} * interval '1 millisecond'", Boolean.class,
                QBR_INSTANCES.HEARTBEAT_AT, DSL.val(silenceLimit.toMillis())).as("silent");
        return dsl.select(QBWC_SYNC_SESSIONS.asterisk(), QBR_INSTANCES.INSTANCE_ID, QBR_INSTANCES.DESCRIPTION,
                        QBR_INSTANCES.STOPPED_AT, QBR_INSTANCES.HEARTBEAT_AT, holdsLivenessLock, silent)
                .from(QBWC_SYNC_SESSIONS)
                .leftJoin(QBR_INSTANCES).on(QBR_INSTANCES.INSTANCE_ID.eq(QBWC_SYNC_SESSIONS.INSTANCE_ID))
                .where(QBWC_SYNC_SESSIONS.SESSION_UUID.isNotNull())
                .and(QBWC_SYNC_SESSIONS.STATE.in(HOLDING_STATES))
                .and(QBWC_SYNC_SESSIONS.LAST_ACTIVITY_AT.le(idleSince))
                .and(companyId.map(company -> QBWC_SYNC_SESSIONS.ORGANIZATION_ID.eq(CompanyKeys.organizationId(company)))
                        .orElse(DSL.noCondition()))
                .fetch()
                .stream()
                .flatMap(row -> abandoned(toSession(row.into(QBWC_SYNC_SESSIONS)), row.get(QBR_INSTANCES.INSTANCE_ID),
                        row.get(QBR_INSTANCES.DESCRIPTION), row.get(QBR_INSTANCES.STOPPED_AT),
                        row.get(QBR_INSTANCES.HEARTBEAT_AT), row.get(holdsLivenessLock), row.get(silent)).stream())
                .toList();
    }

    private static Optional<AbandonedSession> abandoned(WebConnectorSession session, UUID instance, String description,
                                                        Instant stoppedAt, Instant heardAt, Boolean alive,
                                                        Boolean silent) {
        if (instance == null) {
            return Optional.of(new AbandonedSession(session, "", AbandonedSession.InstanceEnd.NOT_RECORDED, null));
        }
        if (stoppedAt != null) {
            return Optional.of(new AbandonedSession(session, description, AbandonedSession.InstanceEnd.STOPPED,
                    stoppedAt));
        }
        if (!Boolean.TRUE.equals(alive)) {
            return Optional.of(new AbandonedSession(session, description,
                    AbandonedSession.InstanceEnd.ENDED_WITHOUT_STOPPING, heardAt));
        }
        if (Boolean.TRUE.equals(silent)) {
            return Optional.of(new AbandonedSession(session, description, AbandonedSession.InstanceEnd.SILENT,
                    heardAt));
        }
        return Optional.empty();
    }

    @Override
    public Map<CompanyId, Instant> lastSuccesses() {
        Field<Instant> last = DSL.field(DSL.select(DSL.max(QBWC_SYNC_SESSIONS.LAST_ACTIVITY_AT))
                .from(QBWC_SYNC_SESSIONS)
                .where(QBWC_SYNC_SESSIONS.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                .and(QBWC_SYNC_SESSIONS.STATUS.eq(SUCCEEDED))
                .and(QBWC_SYNC_SESSIONS.SESSION_UUID.isNotNull())).as("last_success");
        Map<CompanyId, Instant> successes = new TreeMap<>();
        dsl.select(ORGANIZATION.ID, last).from(ORGANIZATION).fetch().forEach(row -> {
            if (row.get(last) != null) {
                successes.put(CompanyKeys.companyId(row.get(ORGANIZATION.ID)), row.get(last));
            }
        });
        return successes;
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
        record.setClosedByWebConnector(session.closedByWebConnector());
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
        record.setInstanceId(instanceId);
        return record;
    }

    /** The replaced service's status: active while it runs, then completed (it succeeded) or failed. */
    private static String status(WebConnectorSession session) {
        if (session.hasRequestsLeft()) {
            return "active";
        }
        return session.succeeded() ? SUCCEEDED : "failed";
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
                CompanyKeys.companyId(record.getOrganizationId()), record.getUserName(),
                SessionState.valueOf(record.getState()), plan, plan.roundAfter(record.getQueriesCompleted()),
                record.getProgress(),
                record.getErrorMessage() == null ? "" : record.getErrorMessage(), target,
                new FileIdentity(record.getQbCompanyName(), record.getQbFileId(), record.getCompanyFile()),
                record.getConnectionRetries(), record.getClosedByWebConnector(), record.getCreatedAt(),
                record.getLastActivityAt(), record.getVersion());
    }
}
