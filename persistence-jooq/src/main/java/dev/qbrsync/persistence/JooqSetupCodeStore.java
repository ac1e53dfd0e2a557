package dev.qbrsync.persistence;

import dev.qbrsync.core.access.SetupCodeStore;
import org.jooq.DSLContext;

import java.time.Instant;

import static dev.qbrsync.persistence.generated.Tables.QBR_SETUP_CODE;

/**
 * The setup code's hash in {@code qbr_setup_code}, one row at most, so any instance on the database accepts the code
 * the newest start logged; a single DELETE both checks and uses it, so only one browser can redeem it.
 */
public final class JooqSetupCodeStore implements SetupCodeStore {
    private final DSLContext dsl;

    public JooqSetupCodeStore(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public void replace(String codeHash, Instant expiresAt) {
        dsl.insertInto(QBR_SETUP_CODE)
                .set(QBR_SETUP_CODE.SINGLETON, true)
                .set(QBR_SETUP_CODE.CODE_HASH, codeHash)
                .set(QBR_SETUP_CODE.EXPIRES_AT, expiresAt)
                .onConflict(QBR_SETUP_CODE.SINGLETON)
                .doUpdate()
                .set(QBR_SETUP_CODE.CODE_HASH, codeHash)
                .set(QBR_SETUP_CODE.EXPIRES_AT, expiresAt)
                .execute();
    }

    @Override
    public boolean consume(String codeHash, Instant now) {
        return dsl.deleteFrom(QBR_SETUP_CODE)
                .where(QBR_SETUP_CODE.CODE_HASH.eq(codeHash)).and(QBR_SETUP_CODE.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    @Override
    public void clear() {
        dsl.deleteFrom(QBR_SETUP_CODE).execute();
    }
}
