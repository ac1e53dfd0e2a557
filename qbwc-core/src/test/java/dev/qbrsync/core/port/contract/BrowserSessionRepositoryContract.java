package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.access.BrowserSession;
import dev.qbrsync.core.access.BrowserSessionRepository;
import dev.qbrsync.core.access.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link BrowserSessionRepository} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class BrowserSessionRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    protected abstract BrowserSessionRepository repository();

    private static BrowserSession session(Instant expiresAt) {
        return new BrowserSession("hash-" + UUID.randomUUID(), "finance", "token-" + UUID.randomUUID(), T0, expiresAt);
    }

    @Test
    void aPersonsSessionKeepsTheirRoleAndHasNoToken() {
        BrowserSession session = BrowserSession.ofPerson("hash-" + UUID.randomUUID(), "anna@example.com",
                Role.EDITOR, T0, T0.plusSeconds(3600));
        repository().create(session);

        BrowserSession found = repository().findByIdHash(session.idHash()).orElseThrow();
        assertThat(found).isEqualTo(session);
        assertThat(found.tokenHash()).isNull();
        assertThat(found.personRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void aSessionIsFoundByTheHashOfItsIdUntilDeleted() {
        BrowserSession session = session(T0.plusSeconds(3600));
        repository().create(session);

        assertThat(repository().findByIdHash(session.idHash())).contains(session);
        assertThat(repository().findByIdHash("hash-" + UUID.randomUUID())).isEmpty();
        assertThat(repository().delete(session.idHash())).isTrue();
        assertThat(repository().findByIdHash(session.idHash())).isEmpty();
        assertThat(repository().delete(session.idHash())).isFalse();
    }

    @Test
    void theSameIdCannotBeStoredTwice() {
        BrowserSession session = session(T0.plusSeconds(60));
        repository().create(session);

        assertThatThrownBy(() -> repository().create(session)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void expiredSessionsAreDeletedAndOpenOnesKept() {
        BrowserSession expired = session(T0.plusSeconds(60));
        BrowserSession endsNow = session(T0.plusSeconds(120));
        BrowserSession open = session(T0.plusSeconds(121));
        repository().create(expired);
        repository().create(endsNow);
        repository().create(open);

        assertThat(repository().deleteExpired(T0.plusSeconds(120))).isGreaterThanOrEqualTo(2);

        assertThat(repository().findByIdHash(expired.idHash())).isEmpty();
        assertThat(repository().findByIdHash(endsNow.idHash())).isEmpty();
        assertThat(repository().findByIdHash(open.idHash())).contains(open);
    }
}
