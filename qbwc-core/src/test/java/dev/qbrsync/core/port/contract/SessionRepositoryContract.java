package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.session.SessionRepository;
import dev.qbrsync.core.session.SessionState;
import dev.qbrsync.core.session.Ticket;
import dev.qbrsync.core.session.WebConnectorSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link SessionRepository} must do. */
public abstract class SessionRepositoryContract {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z").truncatedTo(ChronoUnit.MILLIS);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    protected abstract SessionRepository repository();

    /** A company the adapter has never seen; adapters that keep companies in a table create it. */
    protected String newCompany() {
        return "company-" + UUID.randomUUID();
    }

    private static WebConnectorSession session(String company, String ticket, Instant at) {
        SyncPlan plan = new SyncPlan(List.of(
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2024, 1), YearMonth.of(2024, 12)),
                        new SyncTask.EmployeeList()),
                List.of(new SyncTask.ProfitAndLoss(YearMonth.of(2025, 1), YearMonth.of(2025, 12)))));
        return WebConnectorSession.start(UUID.randomUUID(), new Ticket(ticket), company, "qbwc", plan, at);
    }

    @Test
    void storesANewSessionAndFindsItByTicketHash() {
        WebConnectorSession session = session(newCompany(), "t-" + UUID.randomUUID(), NOW);

        assertThat(repository().insertIfCompanyIdle(session, NOW.minus(TIMEOUT))).isTrue();

        assertThat(repository().findByTicketHash(session.ticketHash())).contains(session);
    }

    @Test
    void unknownTicketHashFindsNothing() {
        assertThat(repository().findByTicketHash(new Ticket("never-issued-" + UUID.randomUUID()).hash())).isEmpty();
    }

    @Test
    void refusesASecondSessionWhileTheCompanyHasALiveOne() {
        String company = newCompany();
        repository().insertIfCompanyIdle(session(company, "a-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));

        WebConnectorSession second = session(company, "b-" + UUID.randomUUID(), NOW.plusSeconds(5));

        assertThat(repository().insertIfCompanyIdle(second, NOW.plusSeconds(5).minus(TIMEOUT))).isFalse();
        assertThat(repository().findByTicketHash(second.ticketHash())).isEmpty();
    }

    @Test
    void acceptsANewSessionOnceTheLiveOneIsClosedOrIdleTooLong() {
        String company = newCompany();
        WebConnectorSession first = session(company, "a-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(first, NOW.minus(TIMEOUT));
        Instant later = NOW.plus(TIMEOUT).plusSeconds(1);

        assertThat(repository().insertIfCompanyIdle(session(company, "b-" + UUID.randomUUID(), later),
                later.minus(TIMEOUT))).isTrue();

        String other = newCompany();
        WebConnectorSession open = session(other, "c-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(open, NOW.minus(TIMEOUT));
        repository().update(open.close(NOW));
        assertThat(repository().insertIfCompanyIdle(session(other, "d-" + UUID.randomUUID(), NOW.plusSeconds(1)),
                NOW.plusSeconds(1).minus(TIMEOUT))).isTrue();
    }

    @Test
    void aSessionWithNothingToDoDoesNotHoldItsCompany() {
        String company = newCompany();
        WebConnectorSession idle = WebConnectorSession.start(UUID.randomUUID(), new Ticket("n-" + UUID.randomUUID()),
                company, "qbwc", SyncPlan.empty(), NOW);
        assertThat(repository().insertIfCompanyIdle(idle, NOW.minus(TIMEOUT))).isTrue();
        assertThat(idle.state()).isEqualTo(SessionState.NOTHING_TO_DO);

        assertThat(repository().insertIfCompanyIdle(session(company, "w-" + UUID.randomUUID(), NOW.plusSeconds(1)),
                NOW.plusSeconds(1).minus(TIMEOUT))).isTrue();
    }

    @Test
    void sessionsOfDifferentCompaniesDoNotBlockEachOther() {
        repository().insertIfCompanyIdle(session(newCompany(), "a-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));

        assertThat(repository().insertIfCompanyIdle(session(newCompany(), "b-" + UUID.randomUUID(), NOW),
                NOW.minus(TIMEOUT))).isTrue();
    }

    @Test
    void ofTwoRacingSessionsForOneCompanyExactlyOneWins() throws Exception {
        String company = newCompany();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> attempts = java.util.stream.IntStream.range(0, racers)
                    .mapToObj(i -> (Callable<Boolean>) () -> {
                        start.await();
                        return repository().insertIfCompanyIdle(session(company, "r" + i + "-" + UUID.randomUUID(), NOW),
                                NOW.minus(TIMEOUT));
                    })
                    .toList();
            List<Future<Boolean>> results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updateReplacesTheStoredSession() {
        WebConnectorSession session = session(newCompany(), "t-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(session, NOW.minus(TIMEOUT));
        WebConnectorSession changed = new WebConnectorSession(session.id(), session.ticketHash(), session.companyId(),
                session.userName(), SessionState.AWAITING_RESPONSE, session.plan(), 1, 50, "something to say",
                new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.CA),
                new FileIdentity("Acme MSP", "{0D5E8F6A-8C1B-4F27-9E3D-2B7A6C5D4E3F}",
                        "C:\\Company Files\\Acme.QBW"),
                1, session.createdAt(), NOW.plusSeconds(30), session.version() + 1);

        repository().update(changed);

        assertThat(repository().findByTicketHash(session.ticketHash())).contains(changed);
    }

    @Test
    void updateFromAStaleVersionIsRefused() {
        WebConnectorSession session = session(newCompany(), "t-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(session, NOW.minus(TIMEOUT));
        WebConnectorSession first = session.awaitResponse(new QbxmlTarget(new QbxmlVersion(13, 0),
                QbxmlTarget.Country.US), FileIdentity.UNKNOWN, NOW.plusSeconds(1));
        WebConnectorSession racing = session.fail("a racing call", NOW.plusSeconds(1));
        repository().update(first);

        assertThatThrownBy(() -> repository().update(racing)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findByTicketHash(session.ticketHash()).orElseThrow().state())
                .isEqualTo(SessionState.AWAITING_RESPONSE);
    }

    @Test
    void latestForCompanyIsTheMostRecentlyCreated() {
        String company = newCompany();
        WebConnectorSession older = session(company, "a-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(older, NOW.minus(TIMEOUT));
        repository().update(older.close(NOW));
        WebConnectorSession newer = session(company, "b-" + UUID.randomUUID(), NOW.plusSeconds(60));
        repository().insertIfCompanyIdle(newer, NOW.plusSeconds(60).minus(TIMEOUT));

        assertThat(repository().latestForCompany(company).map(WebConnectorSession::id)).contains(newer.id());
        assertThat(repository().latestForCompany(newCompany())).isEmpty();
    }
}
