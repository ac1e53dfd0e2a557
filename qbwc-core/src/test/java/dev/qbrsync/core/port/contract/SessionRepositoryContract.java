package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.port.ConcurrentUpdateException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.session.AbandonedSession;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link SessionRepository} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class SessionRepositoryContract {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z").truncatedTo(ChronoUnit.MILLIS);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Duration SILENCE = Duration.ofMinutes(1);

    /** The sessions as an instance that stays alive throughout serves them. */
    protected abstract SessionRepository repository();

    /** Another instance serving the same sessions, which a test stops, ends or silences. */
    protected interface OtherInstance {
        SessionRepository sessions();

        /** How {@link SessionRepository#findAbandoned} names it. */
        String description();

        void stop();

        /** Its connection to the store ends without a stop, as when its process is killed. */
        void endWithoutStopping();

        /** Its last heartbeat was {@code ago}, by the store's clock. */
        void lastHeardFrom(Duration ago);
    }

    protected abstract OtherInstance startOtherInstance();

    /** A company the adapter has never seen; adapters that keep companies in a table create it. */
    protected CompanyId newCompany() {
        return CompanyId.of("company-" + UUID.randomUUID());
    }

    private static WebConnectorSession session(CompanyId company, String ticket, Instant at) {
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
        CompanyId company = newCompany();
        repository().insertIfCompanyIdle(session(company, "a-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));

        WebConnectorSession second = session(company, "b-" + UUID.randomUUID(), NOW.plusSeconds(5));

        assertThat(repository().insertIfCompanyIdle(second, NOW.plusSeconds(5).minus(TIMEOUT))).isFalse();
        assertThat(repository().findByTicketHash(second.ticketHash())).isEmpty();
    }

    @Test
    void acceptsANewSessionOnceTheLiveOneIsClosedOrIdleTooLong() {
        CompanyId company = newCompany();
        WebConnectorSession first = session(company, "a-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(first, NOW.minus(TIMEOUT));
        Instant later = NOW.plus(TIMEOUT).plusSeconds(1);

        assertThat(repository().insertIfCompanyIdle(session(company, "b-" + UUID.randomUUID(), later),
                later.minus(TIMEOUT))).isTrue();

        CompanyId other = newCompany();
        WebConnectorSession open = session(other, "c-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(open, NOW.minus(TIMEOUT));
        repository().update(open.close(NOW));
        assertThat(repository().insertIfCompanyIdle(session(other, "d-" + UUID.randomUUID(), NOW.plusSeconds(1)),
                NOW.plusSeconds(1).minus(TIMEOUT))).isTrue();
    }

    @Test
    void aSessionWithNothingToDoDoesNotHoldItsCompany() {
        CompanyId company = newCompany();
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
        CompanyId company = newCompany();
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
                1, true, session.createdAt(), NOW.plusSeconds(30), session.version() + 1);

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

    private List<AbandonedSession> abandonedOf(CompanyId company) {
        return repository().findAbandoned(Optional.of(company), NOW.plus(TIMEOUT), SILENCE);
    }

    @Test
    void openSessionsOfALiveInstanceAreNotAbandoned() {
        OtherInstance other = startOtherInstance();
        CompanyId company = newCompany();
        other.sessions().insertIfCompanyIdle(session(company, "a-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));

        assertThat(abandonedOf(company)).isEmpty();
    }

    @Test
    void aStoppedInstanceLeavesItsOpenSessionsAbandonedButNotItsClosedOnes() {
        OtherInstance other = startOtherInstance();
        CompanyId company = newCompany();
        WebConnectorSession closed = session(company, "c-" + UUID.randomUUID(), NOW);
        other.sessions().insertIfCompanyIdle(closed, NOW.minus(TIMEOUT));
        other.sessions().update(closed.close(NOW));
        WebConnectorSession open = session(company, "o-" + UUID.randomUUID(), NOW.plusSeconds(1));
        other.sessions().insertIfCompanyIdle(open, NOW.minus(TIMEOUT));
        Instant beforeStop = Instant.now().minusSeconds(60);

        other.stop();

        assertThat(abandonedOf(company)).singleElement().satisfies(abandoned -> {
            assertThat(abandoned.session()).isEqualTo(open);
            assertThat(abandoned.end()).isEqualTo(AbandonedSession.InstanceEnd.STOPPED);
            assertThat(abandoned.instance()).isEqualTo(other.description());
            assertThat(abandoned.since()).isAfter(beforeStop);
        });
    }

    @Test
    void anInstanceThatEndedWithoutStoppingLeavesItsOpenSessionsAbandoned() {
        OtherInstance other = startOtherInstance();
        CompanyId company = newCompany();
        other.sessions().insertIfCompanyIdle(session(company, "a-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));

        other.endWithoutStopping();

        assertThat(abandonedOf(company)).singleElement().extracting(AbandonedSession::end)
                .isEqualTo(AbandonedSession.InstanceEnd.ENDED_WITHOUT_STOPPING);
    }

    @Test
    void anInstanceSilentForLongerThanTheLimitLeavesItsOpenSessionsAbandoned() {
        OtherInstance quiet = startOtherInstance();
        OtherInstance silent = startOtherInstance();
        CompanyId company = newCompany();
        CompanyId otherCompany = newCompany();
        quiet.sessions().insertIfCompanyIdle(session(company, "q-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));
        silent.sessions().insertIfCompanyIdle(session(otherCompany, "s-" + UUID.randomUUID(), NOW),
                NOW.minus(TIMEOUT));

        quiet.lastHeardFrom(SILENCE.minusSeconds(30));
        silent.lastHeardFrom(SILENCE.plusSeconds(30));

        assertThat(abandonedOf(company)).isEmpty();
        assertThat(abandonedOf(otherCompany)).singleElement().extracting(AbandonedSession::end)
                .isEqualTo(AbandonedSession.InstanceEnd.SILENT);
    }

    @Test
    void aSessionWhoseLastCallALiveInstanceServedIsNotAbandonedWhenTheFirstStops() {
        OtherInstance first = startOtherInstance();
        CompanyId company = newCompany();
        WebConnectorSession session = session(company, "m-" + UUID.randomUUID(), NOW);
        first.sessions().insertIfCompanyIdle(session, NOW.minus(TIMEOUT));
        repository().update(session.awaitResponse(new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.US),
                FileIdentity.UNKNOWN, NOW.plusSeconds(1)));

        first.stop();

        assertThat(abandonedOf(company)).isEmpty();
    }

    @Test
    void onlySessionsIdleSinceTheGivenTimeAndOfTheGivenCompanyAreFound() {
        OtherInstance other = startOtherInstance();
        CompanyId company = newCompany();
        CompanyId otherCompany = newCompany();
        other.sessions().insertIfCompanyIdle(session(company, "a-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));
        other.sessions().insertIfCompanyIdle(session(otherCompany, "b-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));
        other.stop();

        assertThat(repository().findAbandoned(Optional.of(company), NOW.minusSeconds(1), SILENCE)).isEmpty();
        assertThat(repository().findAbandoned(Optional.of(company), NOW, SILENCE)).hasSize(1);
        assertThat(repository().findAbandoned(Optional.empty(), NOW, SILENCE))
                .extracting(abandoned -> abandoned.session().companyId()).contains(company, otherCompany);
    }

    @Test
    void lastSuccessesAreTheLastCallsOfEachCompanysSessionsThatDidWhatTheyCameFor() {
        CompanyId company = newCompany();
        repository().insertIfCompanyIdle(WebConnectorSession.start(UUID.randomUUID(),
                new Ticket("n-" + UUID.randomUUID()), company, "qbwc", SyncPlan.empty(), NOW), NOW.minus(TIMEOUT));
        QbxmlTarget target = new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.US);
        WebConnectorSession completed = session(company, "c-" + UUID.randomUUID(), NOW.plusSeconds(90));
        repository().insertIfCompanyIdle(completed, NOW.minus(TIMEOUT));
        for (WebConnectorSession step = completed; step.state() != SessionState.CLOSED; ) {
            step = step.state() == SessionState.AUTHENTICATED ? step.awaitResponse(target, FileIdentity.UNKNOWN,
                    NOW.plusSeconds(100))
                    : step.state() == SessionState.AWAITING_RESPONSE ? step.advance(NOW.plusSeconds(100))
                    : step.close(NOW.plusSeconds(110));
            repository().update(step);
        }
        WebConnectorSession failed = session(company, "f-" + UUID.randomUUID(), NOW.plusSeconds(120))
                .fail("QuickBooks is not running", NOW.plusSeconds(130));
        repository().insertIfCompanyIdle(failed, NOW.minus(TIMEOUT));
        repository().update(failed.close(NOW.plusSeconds(140)));
        CompanyId never = newCompany();
        repository().insertIfCompanyIdle(session(never, "x-" + UUID.randomUUID(), NOW), NOW.minus(TIMEOUT));

        assertThat(repository().lastSuccesses()).containsEntry(company, NOW.plusSeconds(110))
                .doesNotContainKey(never);
    }

    @Test
    void latestForCompanyIsTheMostRecentlyCreated() {
        CompanyId company = newCompany();
        WebConnectorSession older = session(company, "a-" + UUID.randomUUID(), NOW);
        repository().insertIfCompanyIdle(older, NOW.minus(TIMEOUT));
        repository().update(older.close(NOW));
        WebConnectorSession newer = session(company, "b-" + UUID.randomUUID(), NOW.plusSeconds(60));
        repository().insertIfCompanyIdle(newer, NOW.plusSeconds(60).minus(TIMEOUT));

        assertThat(repository().latestForCompany(company).map(WebConnectorSession::id)).contains(newer.id());
        assertThat(repository().latestForCompany(newCompany())).isEmpty();
    }
}
