package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditLog;
import dev.qbrsync.core.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AuditLog} must do.
 * <p>
 * To run it against your adapter, depend on qbwc-core's {@code tests} jar with JUnit Jupiter and AssertJ (test
 * scope), extend this class in your test sources, implement its abstract methods with your adapter and run your
 * tests; {@code WarehouseMetricsContractTest} in {@code examples} does so.
 */
public abstract class AuditLogContract {

    protected abstract AuditLog log();

    @Test
    void appendedEventsComeBackNewestFirstWithEveryField() {
        String marker = UUID.randomUUID().toString();
        AuditEvent first = new AuditEvent(Instant.parse("2026-01-01T10:00:00Z"), "qbwc", "127.0.0.1",
                "qbwc.authenticate", AuditOutcome.DENIED, "first " + marker);
        AuditEvent second = new AuditEvent(Instant.parse("2026-01-01T10:00:01Z"), "ops-token", "10.0.0.7",
                "api.mappings.create", AuditOutcome.SUCCESS, "second " + marker);

        log().append(first);
        log().append(second);

        assertThat(log().recent(2)).containsExactly(second, first);
    }

    @Test
    void recentIsLimited() {
        for (int i = 0; i < 3; i++) {
            log().append(new AuditEvent(Instant.parse("2026-01-02T10:00:00Z").plusSeconds(i), null, "", "health",
                    AuditOutcome.SUCCESS, ""));
        }

        assertThat(log().recent(2)).hasSize(2);
    }
}
