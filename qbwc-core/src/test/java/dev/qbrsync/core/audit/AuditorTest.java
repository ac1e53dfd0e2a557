package dev.qbrsync.core.audit;

import dev.qbrsync.core.memory.InMemoryAuditLog;
import dev.qbrsync.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AuditorTest {
    private final MutableClock clock = MutableClock.utc("2026-02-10T12:00:00Z");
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final Auditor auditor = new Auditor(log, clock);

    @Test
    void refusalsOfAStrangerAreAuditedInFullFirstThenAsOneSummaryPerAddressAndMinute() {
        for (int i = 0; i < 1_000; i++) {
            auditor.recordRefusal(new Caller("203.0.113.1"), "guess" + i, "qbwc.authenticate", true, "wrong password");
            auditor.recordRefusal(new Caller("203.0.113.2"), "guess" + i, "qbwc.authenticate", true, "wrong password");
        }
        assertThat(log.recent(10_000)).hasSize(2 * StrangerSummaries.AUDITED_IN_FULL);
        assertThat(auditor.failuresThisMinute(new Caller("203.0.113.1"), "qbwc.authenticate")).isEqualTo(1_000);

        clock.advance(Duration.ofMinutes(1));
        auditor.record(new Caller("192.0.2.1"), "qbwc", "qbwc.authenticate", AuditOutcome.SUCCESS, "ticket");

        assertThat(log.recent(3)).extracting(AuditEvent::detail).anyMatch(detail -> detail.startsWith(
                (1_000 - StrangerSummaries.AUDITED_IN_FULL) + " more refusals of qbwc.authenticate"));
        assertThat(log.recent(10_000)).hasSize(2 * StrangerSummaries.AUDITED_IN_FULL + 3);
        assertThat(auditor.failuresThisMinute(new Caller("203.0.113.1"), "qbwc.authenticate")).isZero();
    }

    @Test
    void beyondTheKeptAddressesRefusalsShareOneCount() {
        for (int i = 0; i < StrangerSummaries.MAX_KEYS + 500; i++) {
            auditor.recordRefusal(new Caller("2001:db8::" + Integer.toHexString(i)), null, "web.sign-in", true,
                    "bad token");
        }
        clock.advance(Duration.ofMinutes(1));
        auditor.record(Caller.unknown(), "cli", "company.add", AuditOutcome.SUCCESS, "");

        assertThat(log.recent(100_000)).filteredOn(event -> event.sourceAddress().equals(
                StrangerSummaries.OTHER_ADDRESSES)).singleElement()
                .satisfies(event -> assertThat(event.detail()).startsWith("500 more refusals"));
    }

    @Test
    void aNulCharacterIsShownAsBackslashZeroSoTheEntryCanBeStored() {
        auditor.record(new Caller("192.0.2.1"), "a\u0000b", "api GET /x", AuditOutcome.FAILURE, "'1\u0000' is bad");

        assertThat(log.recent(1).get(0).detail()).isEqualTo("'1\\0' is bad");
        assertThat(log.recent(1).get(0).actor()).isEqualTo("a\\0b");
    }
}
