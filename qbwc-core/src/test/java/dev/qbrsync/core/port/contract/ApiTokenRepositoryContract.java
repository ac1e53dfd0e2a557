package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.access.ApiToken;
import dev.qbrsync.core.access.ApiTokenRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ApiTokenRepository} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class ApiTokenRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    protected abstract ApiTokenRepository repository();

    /** A company a token may be limited to; adapters whose companies must exist make one. */
    protected String newCompany() {
        return "company-" + UUID.randomUUID();
    }

    private static ApiToken token(String name) {
        return new ApiToken(null, name, "hash-" + UUID.randomUUID(), T0, null);
    }

    @Test
    void createAssignsAnIdAndFindsTheTokenByItsHash() {
        ApiToken created = repository().create(token("dashboard"));

        assertThat(created.id()).isNotNull();
        assertThat(repository().findBySecretHash(created.secretHash())).contains(created);
        assertThat(repository().findAll()).contains(created);
    }

    @Test
    void aTokenKeepsTheCompaniesItIsLimitedTo() {
        java.util.Set<String> companies = java.util.Set.of(newCompany(), newCompany());

        ApiToken created = repository().create(new ApiToken(null, "limited", "hash-" + UUID.randomUUID(), T0, null,
                companies));

        assertThat(repository().findBySecretHash(created.secretHash()).orElseThrow().companies())
                .containsExactlyInAnyOrderElementsOf(companies);
        assertThat(repository().findBySecretHash(repository().create(token("all")).secretHash()).orElseThrow()
                .companies()).isEmpty();
    }

    @Test
    void anUnknownHashFindsNothing() {
        assertThat(repository().findBySecretHash("hash-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void revokeMarksTheTokenOnce() {
        ApiToken created = repository().create(token("ops"));

        assertThat(repository().revoke(created.id(), T0.plusSeconds(60))).isTrue();
        assertThat(repository().findBySecretHash(created.secretHash()).orElseThrow().revoked())
                .contains(T0.plusSeconds(60));
        assertThat(repository().revoke(created.id(), T0.plusSeconds(120))).isFalse();
        assertThat(repository().revoke(Long.MAX_VALUE - 7, T0)).isFalse();
    }
}
