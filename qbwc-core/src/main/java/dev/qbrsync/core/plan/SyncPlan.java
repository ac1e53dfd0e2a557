package dev.qbrsync.core.plan;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The ordered QuickBooks requests one Web Connector session will make. */
public record SyncPlan(List<SyncTask> tasks) {
    private static final String SEPARATOR = ";";

    public SyncPlan {
        tasks = List.copyOf(tasks);
    }

    public static SyncPlan empty() {
        return new SyncPlan(List.of());
    }

    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    public int size() {
        return tasks.size();
    }

    public String encode() {
        return tasks.stream().map(SyncTask::encode).collect(Collectors.joining(SEPARATOR));
    }

    public static SyncPlan decode(String text) {
        if (text == null || text.isBlank()) {
            return empty();
        }
        return new SyncPlan(Arrays.stream(text.split(SEPARATOR)).map(SyncTask::decode).toList());
    }
}
