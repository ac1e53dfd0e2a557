package dev.qbrsync.persistence;

import dev.qbrsync.core.access.ApiToken;
import dev.qbrsync.core.access.ApiTokenRepository;
import dev.qbrsync.persistence.generated.tables.records.QbrApiTokensRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.qbrsync.persistence.generated.Tables.QBR_API_TOKENS;
import static dev.qbrsync.persistence.generated.Tables.QBR_API_TOKEN_COMPANIES;

/** REST API tokens in {@code qbr_api_tokens}, by SHA-256 of their secret. */
public final class JooqApiTokenRepository implements ApiTokenRepository {
    private final Database database;
    private final DSLContext dsl;

    public JooqApiTokenRepository(Database database) {
        this.database = database;
        this.dsl = database.dsl();
    }

    @Override
    public ApiToken create(ApiToken token) {
        return database.inTransaction(() -> {
            Long id = insert(token);
            token.companies().forEach(company -> dsl.insertInto(QBR_API_TOKEN_COMPANIES)
                    .set(QBR_API_TOKEN_COMPANIES.TOKEN_ID, id)
                    .set(QBR_API_TOKEN_COMPANIES.ORGANIZATION_ID, CompanyKeys.organizationId(company))
                    .execute());
            return token.withId(id);
        });
    }

    private Long insert(ApiToken token) {
        return dsl.insertInto(QBR_API_TOKENS)
                .set(QBR_API_TOKENS.NAME, token.name())
                .set(QBR_API_TOKENS.SECRET_HASH, token.secretHash())
                .set(QBR_API_TOKENS.CREATED_AT, token.createdAt())
                .set(QBR_API_TOKENS.REVOKED_AT, token.revokedAt())
                .returning(QBR_API_TOKENS.ID)
                .fetchOne(QBR_API_TOKENS.ID);
    }

    @Override
    public List<ApiToken> findAll() {
        return dsl.selectFrom(QBR_API_TOKENS).orderBy(QBR_API_TOKENS.ID).fetch(this::toToken);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return dsl.selectFrom(QBR_API_TOKENS).where(QBR_API_TOKENS.SECRET_HASH.eq(secretHash))
                .fetchOptional(this::toToken);
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return dsl.update(QBR_API_TOKENS).set(QBR_API_TOKENS.REVOKED_AT, at)
                .where(QBR_API_TOKENS.ID.eq(id)).and(QBR_API_TOKENS.REVOKED_AT.isNull())
                .execute() > 0;
    }

    private ApiToken toToken(QbrApiTokensRecord record) {
        Set<String> companies = dsl.select(QBR_API_TOKEN_COMPANIES.ORGANIZATION_ID).from(QBR_API_TOKEN_COMPANIES)
                .where(QBR_API_TOKEN_COMPANIES.TOKEN_ID.eq(record.getId()))
                .fetchSet(row -> CompanyKeys.companyKey(row.value1()));
        return new ApiToken(record.getId(), record.getName(), record.getSecretHash(), record.getCreatedAt(),
                record.getRevokedAt(), companies);
    }
}
