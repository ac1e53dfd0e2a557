package dev.qbrsync.persistence;

import dev.qbrsync.core.access.ApiToken;
import dev.qbrsync.core.access.ApiTokenRepository;
import dev.qbrsync.persistence.generated.tables.records.QbrApiTokensRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBR_API_TOKENS;

/** REST API tokens in {@code qbr_api_tokens}, by SHA-256 of their secret. */
public final class JooqApiTokenRepository implements ApiTokenRepository {
    private final DSLContext dsl;

    public JooqApiTokenRepository(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public ApiToken create(ApiToken token) {
        Long id = dsl.insertInto(QBR_API_TOKENS)
                .set(QBR_API_TOKENS.NAME, token.name())
                .set(QBR_API_TOKENS.SECRET_HASH, token.secretHash())
                .set(QBR_API_TOKENS.CREATED_AT, token.createdAt())
                .set(QBR_API_TOKENS.REVOKED_AT, token.revokedAt())
                .returning(QBR_API_TOKENS.ID)
                .fetchOne(QBR_API_TOKENS.ID);
        return token.withId(id);
    }

    @Override
    public List<ApiToken> findAll() {
        return dsl.selectFrom(QBR_API_TOKENS).orderBy(QBR_API_TOKENS.ID).fetch(JooqApiTokenRepository::toToken);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return dsl.selectFrom(QBR_API_TOKENS).where(QBR_API_TOKENS.SECRET_HASH.eq(secretHash))
                .fetchOptional(JooqApiTokenRepository::toToken);
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return dsl.update(QBR_API_TOKENS).set(QBR_API_TOKENS.REVOKED_AT, at)
                .where(QBR_API_TOKENS.ID.eq(id)).and(QBR_API_TOKENS.REVOKED_AT.isNull())
                .execute() > 0;
    }

    private static ApiToken toToken(QbrApiTokensRecord record) {
        return new ApiToken(record.getId(), record.getName(), record.getSecretHash(), record.getCreatedAt(),
                record.getRevokedAt());
    }
}
