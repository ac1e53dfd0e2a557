package dev.qbrsync.core.port.contract;

import dev.qbrsync.core.access.SetupCodeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SetupCodeStore} must do. */
public abstract class SetupCodeStoreContract {
    private static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");

    protected abstract SetupCodeStore store();

    @AfterEach
    void forget() {
        store().clear();
    }

    @Test
    void theStoredCodeIsConsumedOnceBeforeItExpires() {
        store().replace("hash-a", NOW.plusSeconds(60));

        assertThat(store().consume("hash-other", NOW)).isFalse();
        assertThat(store().consume("hash-a", NOW)).isTrue();
        assertThat(store().consume("hash-a", NOW)).isFalse();
    }

    @Test
    void anExpiredOrReplacedOrClearedCodeIsNotConsumed() {
        store().replace("hash-old", NOW.plusSeconds(60));
        store().replace("hash-new", NOW.plusSeconds(60));
        assertThat(store().consume("hash-old", NOW)).as("replaced").isFalse();
        assertThat(store().consume("hash-new", NOW.plusSeconds(60))).as("expired").isFalse();

        store().replace("hash-cleared", NOW.plusSeconds(60));
        store().clear();
        assertThat(store().consume("hash-cleared", NOW)).isFalse();
    }
}
