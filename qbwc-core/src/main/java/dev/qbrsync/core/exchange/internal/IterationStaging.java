package dev.qbrsync.core.exchange.internal;

import dev.qbrsync.core.plan.SyncTask;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages of jobs' iterations received so far, held until the last page arrives: half a list is never stored. They
 * live in the memory of the instance serving the session, bounded in pages and characters; a session idle for longer
 * than the session timeout (closed, abandoned or failed mid-iteration) loses them, so its job starts over next time.
 */
public final class IterationStaging {
    /** At most this many pages per iteration: 500 records a page makes half a million records. */
    static final int MAX_PAGES = 1_000;
    /** At most this many characters held over all sessions at once. */
    static final long MAX_CHARACTERS = 256L * 1024 * 1024;

    private record Key(UUID session, String job) {
    }

    private record Staged(List<String> pages, Instant touched) {
    }

    private final Map<Key, Staged> staged = new ConcurrentHashMap<>();
    private final Duration idleLimit;
    private long characters;

    IterationStaging(Duration idleLimit) {
        this.idleLimit = idleLimit;
    }

    /**
     * Adds the answer to {@code task} after the pages before it; returns every page so far.
     *
     * @throws NotStoredException when the pages before it are not here, or the iteration grew too large to hold
     */
    synchronized List<String> add(UUID session, SyncTask.Job task, String page, Instant now) {
        expireIdle(now);
        Key key = new Key(session, task.name());
        Staged before = task.continues() ? staged.get(key) : null;
        List<String> pages = new ArrayList<>(before == null ? List.of() : before.pages());
        discard(session, task.name());
        if (pages.size() != task.pagesBefore()) {
            throw new NotStoredException("Job " + task.name() + ": the first " + task.pagesBefore() + " pages of its "
                    + "iteration are not held by this instance (it restarted, or another one served them). Nothing "
                    + "of it was stored; it starts over next run.");
        }
        long held = pages.stream().mapToLong(String::length).sum();
        if (pages.size() + 1 > MAX_PAGES || characters + held + page.length() > MAX_CHARACTERS) {
            throw new NotStoredException("Job " + task.name() + ": its answer is more than this instance holds (at "
                    + "most " + MAX_PAGES + " pages, " + MAX_CHARACTERS / (1024 * 1024) + " MB of qbXML over all "
                    + "sessions). Nothing of it was stored; a larger MaxReturned needs fewer pages.");
        }
        pages.add(page);
        staged.put(key, new Staged(List.copyOf(pages), now));
        characters += held + page.length();
        return List.copyOf(pages);
    }

    synchronized void discard(UUID session, String job) {
        Staged removed = staged.remove(new Key(session, job));
        if (removed != null) {
            characters -= removed.pages().stream().mapToLong(String::length).sum();
        }
    }

    synchronized int heldIterations() {
        return staged.size();
    }

    private void expireIdle(Instant now) {
        List<Key> idle = staged.entrySet().stream()
                .filter(entry -> entry.getValue().touched().plus(idleLimit).isBefore(now))
                .map(Map.Entry::getKey).toList();
        idle.forEach(key -> discard(key.session(), key.job()));
    }
}
