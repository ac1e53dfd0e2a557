package dev.qbrsync.persistence;

import dev.qbrsync.core.access.LoginFailures;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;

import static dev.qbrsync.persistence.generated.Tables.QBWC_LOGIN_FAILURES;

/**
 * Failed Web Connector logins in {@code qbwc_login_failures}, so every instance on the database sees the same counts
 * and a restart forgets nothing. Counts older than the forget time are deleted as new failures come in, which keeps the
 * table as small as the failures of the last hour.
 */
public final class JooqLoginFailures implements LoginFailures {
    private final DSLContext dsl;

    public JooqLoginFailures(Database database) {
        this.dsl = database.autonomousDsl();
    }

    @Override
    public Optional<Count> find(String key) {
        return dsl.selectFrom(QBWC_LOGIN_FAILURES).where(QBWC_LOGIN_FAILURES.THROTTLE_KEY.eq(key))
                .fetchOptional(row -> new Count(row.getFailures(), row.getLastFailureAt()));
    }

    @Override
    public void recordFailure(String key, Instant at, Instant forgetBefore) {
        dsl.deleteFrom(QBWC_LOGIN_FAILURES).where(QBWC_LOGIN_FAILURES.LAST_FAILURE_AT.lt(forgetBefore)).execute();
        dsl.insertInto(QBWC_LOGIN_FAILURES)
                .set(QBWC_LOGIN_FAILURES.THROTTLE_KEY, key)
                .set(QBWC_LOGIN_FAILURES.FAILURES, 1)
                .set(QBWC_LOGIN_FAILURES.LAST_FAILURE_AT, at)
                .onConflict(QBWC_LOGIN_FAILURES.THROTTLE_KEY)
                .doUpdate()
                .set(QBWC_LOGIN_FAILURES.FAILURES, QBWC_LOGIN_FAILURES.FAILURES.plus(1))
                .set(QBWC_LOGIN_FAILURES.LAST_FAILURE_AT, at)
                .execute();
    }

    @Override
    public void clear(String key) {
        dsl.deleteFrom(QBWC_LOGIN_FAILURES).where(QBWC_LOGIN_FAILURES.THROTTLE_KEY.eq(key)).execute();
    }
}
