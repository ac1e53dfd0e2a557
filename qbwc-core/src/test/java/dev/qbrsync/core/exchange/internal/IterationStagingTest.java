package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.plan.SyncTask;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IterationStagingTest {
    private static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");
    private static final String ITERATOR = "{0f3c2a10-1111-4222-8333-944455556666}";
    private final IterationStaging staging = new IterationStaging(Duration.ofMinutes(30));
    private final UUID session = UUID.randomUUID();

    @Test
    void pagesAreHeldInOrderUntilLetGo() {
        SyncTask.Job first = SyncTask.Job.start("customers");
        staging.add(session, first, "<p1/>", NOW);

        assertThat(staging.add(session, first.next(ITERATOR), "<p2/>", NOW)).containsExactly("<p1/>", "<p2/>");
        staging.discard(session, "customers");
        assertThat(staging.heldIterations()).isZero();
    }

    @Test
    void aNewStartForgetsAnEarlierIterationOfTheSameJob() {
        SyncTask.Job first = SyncTask.Job.start("customers");
        staging.add(session, first, "<old/>", NOW);

        assertThat(staging.add(session, first, "<new/>", NOW)).containsExactly("<new/>");
    }

    @Test
    void anIterationLongerThanTheLimitStoresNothing() {
        SyncTask.Job page = SyncTask.Job.start("customers");
        staging.add(session, page, "<p/>", NOW);
        for (int held = 1; held < IterationStaging.MAX_PAGES; held++) {
            page = page.next(ITERATOR);
            staging.add(session, page, "<p/>", NOW);
        }
        SyncTask.Job tooMany = page.next(ITERATOR);

        assertThatThrownBy(() -> staging.add(session, tooMany, "<p/>", NOW)).isInstanceOf(NotStoredException.class)
                .hasMessageContaining("more than this instance holds");
        assertThat(staging.heldIterations()).isZero();
    }

    @Test
    void pagesOfASessionIdleLongerThanTheTimeoutAreLetGo() {
        staging.add(session, SyncTask.Job.start("customers"), "<p1/>", NOW);

        staging.add(UUID.randomUUID(), SyncTask.Job.start("vendors"), "<v1/>", NOW.plus(Duration.ofMinutes(31)));

        assertThat(staging.heldIterations()).isOne();
        assertThatThrownBy(() -> staging.add(session, SyncTask.Job.start("customers").next(ITERATOR), "<p2/>",
                NOW.plus(Duration.ofMinutes(32)))).isInstanceOf(NotStoredException.class)
                .hasMessageContaining("not held by this instance");
    }
}
