package dev.qbrsync.core.memory;

import dev.qbrsync.core.access.SetupCodeStore;

import java.time.Instant;

/** The setup code in memory: for one process, as in tests. */
public final class InMemorySetupCodeStore implements SetupCodeStore {
    private String codeHash;
    private Instant expiresAt;

    @Override
    public synchronized void replace(String codeHash, Instant expiresAt) {
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    @Override
    public synchronized boolean consume(String codeHash, Instant now) {
        if (this.codeHash == null || !this.codeHash.equals(codeHash) || !now.isBefore(expiresAt)) {
            return false;
        }
        clear();
        return true;
    }

    @Override
    public synchronized void clear() {
        codeHash = null;
        expiresAt = null;
    }
}
