package dev.qbrsync.core.memory;

import dev.qbrsync.core.access.ApiToken;
import dev.qbrsync.core.access.ApiTokenRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryApiTokenRepository implements ApiTokenRepository {
    private final TreeMap<Long, ApiToken> tokens = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized ApiToken create(ApiToken token) {
        boolean duplicate = tokens.values().stream().anyMatch(other -> other.secretHash().equals(token.secretHash()));
        if (duplicate) {
            throw new IllegalArgumentException("A token with this secret already exists");
        }
        ApiToken stored = token.withId(nextId++);
        tokens.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized List<ApiToken> findAll() {
        return new ArrayList<>(tokens.values());
    }

    @Override
    public synchronized Optional<ApiToken> findBySecretHash(String secretHash) {
        return tokens.values().stream().filter(token -> token.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public synchronized boolean revoke(long id, Instant at) {
        ApiToken token = tokens.get(id);
        if (token == null || token.isRevoked()) {
            return false;
        }
        tokens.put(id, new ApiToken(id, token.name(), token.secretHash(), token.createdAt(), at, token.companies()));
        return true;
    }
}
