package dev.qbrsync.core.memory;

import dev.qbrsync.core.access.AccessKey;
import dev.qbrsync.core.access.AccessKeyRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryAccessKeyRepository implements AccessKeyRepository {
    private final TreeMap<Long, AccessKey> tokens = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized AccessKey create(AccessKey token) {
        boolean duplicate = tokens.values().stream().anyMatch(other -> other.secretHash().equals(token.secretHash()));
        if (duplicate) {
            throw new IllegalArgumentException("A token with this secret already exists");
        }
        AccessKey stored = token.withId(nextId++);
        tokens.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized List<AccessKey> findAll() {
        return new ArrayList<>(tokens.values());
    }

    @Override
    public synchronized Optional<AccessKey> findBySecretHash(String secretHash) {
        return tokens.values().stream().filter(token -> token.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public synchronized boolean revoke(long id, Instant at) {
        AccessKey token = tokens.get(id);
        if (token == null || token.isRevoked()) {
            return false;
        }
        tokens.put(id, new AccessKey(id, token.name(), token.secretHash(), token.createdAt(), at, token.companies(),
                token.role()));
        return true;
    }
}
