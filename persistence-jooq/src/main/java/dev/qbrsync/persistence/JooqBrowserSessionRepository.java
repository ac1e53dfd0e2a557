package dev.qbrsync.persistence;

import dev.qbrsync.core.access.BrowserSession;
import dev.qbrsync.core.access.BrowserSessionRepository;
import dev.qbrsync.core.access.Role;
import dev.qbrsync.persistence.generated.tables.records.QbrBrowserSessionsRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBR_BROWSER_SESSIONS;

/**
 * Browser sessions in {@code qbr_browser_sessions}, by SHA-256 of their id, shared by every instance; a person's session
 * (signed in through the identity provider) keeps its role in {@code person_role} instead of a token's hash.
 */
public final class JooqBrowserSessionRepository implements BrowserSessionRepository {
    private final DSLContext dsl;

    public JooqBrowserSessionRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void create(BrowserSession session) {
        dsl.insertInto(QBR_BROWSER_SESSIONS)
                .set(QBR_BROWSER_SESSIONS.ID_HASH, session.idHash())
                .set(QBR_BROWSER_SESSIONS.ACTOR, session.actor())
                .set(QBR_BROWSER_SESSIONS.TOKEN_HASH, session.tokenHash())
                .set(QBR_BROWSER_SESSIONS.PERSON_ROLE, session.isPersons() ? session.personRole().key() : null)
                .set(QBR_BROWSER_SESSIONS.CREATED_AT, session.createdAt())
                .set(QBR_BROWSER_SESSIONS.EXPIRES_AT, session.expiresAt())
                .execute();
    }

    @Override
    public Optional<BrowserSession> findByIdHash(String idHash) {
        return dsl.selectFrom(QBR_BROWSER_SESSIONS).where(QBR_BROWSER_SESSIONS.ID_HASH.eq(idHash))
                .fetchOptional(JooqBrowserSessionRepository::toSession);
    }

    @Override
    public boolean delete(String idHash) {
        return dsl.deleteFrom(QBR_BROWSER_SESSIONS).where(QBR_BROWSER_SESSIONS.ID_HASH.eq(idHash)).execute() > 0;
    }

    @Override
    public int deleteExpired(Instant now) {
        return dsl.deleteFrom(QBR_BROWSER_SESSIONS).where(QBR_BROWSER_SESSIONS.EXPIRES_AT.le(now)).execute();
    }

    private static BrowserSession toSession(QbrBrowserSessionsRecord record) {
        Role personRole = record.getPersonRole() == null ? null : Role.of(record.getPersonRole(), "person_role");
        return new BrowserSession(record.getIdHash(), record.getActor(), record.getTokenHash(), personRole,
                record.getCreatedAt(), record.getExpiresAt());
    }
}
