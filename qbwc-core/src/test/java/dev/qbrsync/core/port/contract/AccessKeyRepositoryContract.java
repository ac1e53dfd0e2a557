package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.access.AccessKey;
import dev.qbrsync.core.access.AccessKeyRepository;
import dev.qbrsync.core.access.Role;
import dev.qbrsync.core.qbr.CompanyId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AccessKeyRepository} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class AccessKeyRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    protected abstract AccessKeyRepository repository();

    /** A company a token may be limited to; adapters whose companies must exist make one. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    private static AccessKey token(String name) {
        return new AccessKey(null, name, "hash-" + UUID.randomUUID(), T0, null);
    }

    @Test
    void createAssignsAnIdAndFindsTheTokenByItsHash() {
        AccessKey created = repository().create(token("dashboard"));

        assertThat(created.id()).isNotNull();
        assertThat(repository().findBySecretHash(created.secretHash())).contains(created);
        assertThat(repository().findAll()).contains(created);
    }

    @Test
    void aTokenKeepsTheCompaniesItIsLimitedTo() {
        java.util.Set<CompanyId> companies = java.util.Set.of(newCompany(), newCompany());

        AccessKey created = repository().create(new AccessKey(null, "limited", "hash-" + UUID.randomUUID(), T0, null,
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
        AccessKey created = repository().create(token("ops"));

        assertThat(repository().revoke(created.id(), T0.plusSeconds(60))).isTrue();
        assertThat(repository().findBySecretHash(created.secretHash()).orElseThrow().revoked())
                .contains(T0.plusSeconds(60));
        assertThat(repository().revoke(created.id(), T0.plusSeconds(120))).isFalse();
        assertThat(repository().revoke(Long.MAX_VALUE - 7, T0)).isFalse();
    }

    @Test
    void aTokenKeepsItsRole() {
        for (Role role : Role.values()) {
            AccessKey created = repository().create(new AccessKey(null, role.key(), "hash-" + UUID.randomUUID(), T0,
                    null, java.util.Set.of(), role));

            assertThat(repository().findBySecretHash(created.secretHash()).orElseThrow().role()).isEqualTo(role);
        }
    }
}
