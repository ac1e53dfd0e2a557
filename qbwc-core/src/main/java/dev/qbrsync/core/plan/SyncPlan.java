package dev.qbrsync.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one Web Connector session asks QuickBooks for, as round trips: each round is one qbXML message (one
 * sendRequestXML and its receiveResponseXML) carrying one or more requests. Normally the whole plan is one round.
 */
public record SyncPlan(List<List<SyncTask>> rounds) {
    private static final String ROUND_SEPARATOR = ";";
    private static final String TASK_SEPARATOR = "+";

    public SyncPlan {
        rounds = rounds.stream().map(List::copyOf).toList();
        if (rounds.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("A round trip asks for at least one thing");
        }
    }

    public static SyncPlan empty() {
        return new SyncPlan(List.of());
    }

    /** Every task in a round of its own. */
    public static SyncPlan oneRoundEach(List<SyncTask> tasks) {
        return new SyncPlan(tasks.stream().map(List::of).toList());
    }

    /** The plan with these requests added to its first round trip (one of their own when the plan is empty). */
    public SyncPlan withFirstRound(List<? extends SyncTask> added) {
        return added.isEmpty() ? this : beside(new SyncPlan(List.of(List.copyOf(added))));
    }

    /**
     * This plan and another job's side by side: their first round trips go out as one, the other round trips of this
     * plan follow, then those of {@code other}.
     */
    public SyncPlan beside(SyncPlan other) {
        if (other.isEmpty() || isEmpty()) {
            return isEmpty() ? other : this;
        }
        List<List<SyncTask>> joined = new ArrayList<>();
        List<SyncTask> first = new ArrayList<>(rounds.get(0));
        first.addAll(other.rounds.get(0));
        joined.add(first);
        joined.addAll(rounds.subList(1, rounds.size()));
        joined.addAll(other.rounds.subList(1, other.rounds.size()));
        return new SyncPlan(joined);
    }

    /** The plan with a round trip of these requests right after round {@code round} (the next page of iterations). */
    public SyncPlan withRoundAfter(int round, List<? extends SyncTask> next) {
        if (next.isEmpty()) {
            return this;
        }
        List<List<SyncTask>> extended = new ArrayList<>(rounds);
        extended.add(round + 1, List.copyOf(next));
        return new SyncPlan(extended);
    }

    /** The plan without these requests of round {@code round}; a round left empty is dropped. */
    public SyncPlan without(int round, List<? extends SyncTask> removed) {
        List<List<SyncTask>> kept = new ArrayList<>(rounds);
        List<SyncTask> remaining = kept.get(round).stream().filter(task -> !removed.contains(task)).toList();
        if (remaining.isEmpty()) {
            kept.remove(round);
        } else {
            kept.set(round, remaining);
        }
        return new SyncPlan(kept);
    }

    public boolean isEmpty() {
        return rounds.isEmpty();
    }

    /** The number of round trips. */
    public int size() {
        return rounds.size();
    }

    /** Every task of every round, in order. */
    public List<SyncTask> tasks() {
        return rounds.stream().flatMap(List::stream).toList();
    }

    /** How many tasks the rounds before {@code round} hold. */
    public int tasksBefore(int round) {
        return rounds.stream().limit(round).mapToInt(List::size).sum();
    }

    /** The round that follows {@code tasksDone} tasks, as stored by a tasks-done count. */
    public int roundAfter(int tasksDone) {
        int round = 0;
        while (round < rounds.size() && tasksBefore(round + 1) <= tasksDone) {
            round++;
        }
        return round;
    }

    /** A round trip's requests as logs and messages name them: {@code PNL:2025-11..2026-11 + EMPLOYEES}. */
    public static String describe(List<SyncTask> round) {
        return round.stream().map(SyncTask::encode).collect(Collectors.joining(" + "));
    }

    public String encode() {
        return rounds.stream()
                .map(round -> round.stream().map(SyncTask::encode).collect(Collectors.joining(TASK_SEPARATOR)))
                .collect(Collectors.joining(ROUND_SEPARATOR));
    }

    public static SyncPlan decode(String text) {
        if (text == null || text.isBlank()) {
            return empty();
        }
        List<List<SyncTask>> rounds = new ArrayList<>();
        for (String round : text.split(ROUND_SEPARATOR)) {
            rounds.add(Arrays.stream(round.split("\\" + TASK_SEPARATOR)).map(SyncTask::decode).toList());
        }
        return new SyncPlan(rounds);
    }
}
