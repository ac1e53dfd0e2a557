package dev.qbrsync.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Resident (RSS) and proportional (PSS) memory of processes, as Linux reports them in /proc/PID/smaps_rollup. */
record ProcessMemory(int processes, long rssKib, long pssKib) {
    static final ProcessMemory NONE = new ProcessMemory(0, 0, 0);

    static ProcessMemory of(long pid) {
        long rss = 0;
        long pss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Rss:")) {
                    rss = kib(line);
                } else if (line.startsWith("Pss:")) {
                    pss = kib(line);
                }
            }
        } catch (IOException gone) {
            return NONE;
        }
        return new ProcessMemory(1, rss, pss);
    }

    /** The process and every process below it (a PostgreSQL server and its backends and workers). */
    static ProcessMemory ofTree(long pid) {
        ProcessMemory total = of(pid);
        for (long child : childrenOf(pid)) {
            total = total.plus(ofTree(child));
        }
        return total;
    }

    ProcessMemory plus(ProcessMemory other) {
        return new ProcessMemory(processes + other.processes, rssKib + other.rssKib, pssKib + other.pssKib);
    }

    double rssMib() {
        return rssKib / 1024.0;
    }

    double pssMib() {
        return pssKib / 1024.0;
    }

    private static List<Long> childrenOf(long pid) {
        List<Long> children = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && parentOf(entry) == pid) {
                    children.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return children;
    }

    /** The fourth field of /proc/PID/stat, after the command name in parentheses (which may hold spaces). */
    private static long parentOf(Path processDirectory) {
        try {
            String stat = Files.readString(processDirectory.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
