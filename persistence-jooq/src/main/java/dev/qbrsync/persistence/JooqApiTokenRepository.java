package dev.qbrsync.persistence;

import dev.qbrsync.core.access.AccessKey;
import dev.qbrsync.core.access.AccessKeyRepository;
import dev.qbrsync.core.access.Role;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.persistence.generated.tables.records.QbrApiTokensRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectHavingStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.qbrsync.persistence.generated.Tables.QBR_API_TOKENS;
import static dev.qbrsync.persistence.generated.Tables.QBR_API_TOKEN_COMPANIES;

/** REST API tokens in {@code qbr_api_tokens}, by SHA-256 of their secret. */
public final class JooqApiTokenRepository implements AccessKeyRepository {
    private static final Field<Integer[]> COMPANIES = DSL.coalesce(
            DSL.arrayAgg(QBR_API_TOKEN_COMPANIES.ORGANIZATION_ID)
                    .filterWhere(QBR_API_TOKEN_COMPANIES.ORGANIZATION_ID.isNotNull()),
            DSL.val(new Integer[0])).as("companies");

    private final Database database;
    private final DSLContext dsl;

    public JooqApiTokenRepository(Database database) {
        this.database = database;
        this.dsl = database.dsl();
    }

    @Override
    public AccessKey create(AccessKey token) {
        return database.inTransaction(() -> {
            Long id = insert(token);
            token.companies().forEach(company -> dsl.insertInto(QBR_API_TOKEN_COMPANIES)
                    .set(QBR_API_TOKEN_COMPANIES.TOKEN_ID, id)
                    .set(QBR_API_TOKEN_COMPANIES.ORGANIZATION_ID, CompanyKeys.organizationId(company))
                    .execute());
            return token.withId(id);
        });
    }

    private Long insert(AccessKey token) {
        return dsl.insertInto(QBR_API_TOKENS)
                .set(QBR_API_TOKENS.NAME, token.name())
                .set(QBR_API_TOKENS.SECRET_HASH, token.secretHash())
                .set(QBR_API_TOKENS.CREATED_AT, token.createdAt())
                .set(QBR_API_TOKENS.REVOKED_AT, token.revokedAt())
                .set(QBR_API_TOKENS.ROLE, token.role().key())
                .returning(QBR_API_TOKENS.ID)
                .fetchOne(QBR_API_TOKENS.ID);
    }

    @Override
    public List<AccessKey> findAll() {
        return withCompanies(DSL.noCondition()).orderBy(QBR_API_TOKENS.ID).fetch(JooqApiTokenRepository::toToken);
    }

    @Override
    public Optional<AccessKey> findBySecretHash(String secretHash) {
        return withCompanies(QBR_API_TOKENS.SECRET_HASH.eq(secretHash)).fetchOptional(JooqApiTokenRepository::toToken);
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return dsl.update(QBR_API_TOKENS).set(QBR_API_TOKENS.REVOKED_AT, at)
                .where(QBR_API_TOKENS.ID.eq(id)).and(QBR_API_TOKENS.REVOKED_AT.isNull())
                .execute() > 0;
    }

    /** Tokens with the companies each is limited to, in one query: a token is looked up on every API call. */
    private SelectHavingStep<Record> withCompanies(Condition condition) {
        return dsl.select(QBR_API_TOKENS.fields()).select(COMPANIES).from(QBR_API_TOKENS)
                .leftJoin(QBR_API_TOKEN_COMPANIES).on(QBR_API_TOKEN_COMPANIES.TOKEN_ID.eq(QBR_API_TOKENS.ID))
                .where(condition).groupBy(QBR_API_TOKENS.ID);
    }

    private static AccessKey toToken(Record row) {
        QbrApiTokensRecord token = row.into(QBR_API_TOKENS);
        Set<CompanyId> companies = Arrays.stream(row.get(COMPANIES)).map(CompanyKeys::companyId)
                .collect(Collectors.toUnmodifiableSet());
        return new AccessKey(token.getId(), token.getName(), token.getSecretHash(), token.getCreatedAt(),
                token.getRevokedAt(), companies, Role.of(token.getRole(), "role"));
    }
}
