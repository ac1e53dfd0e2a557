package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The postmaster.pid that PostgreSQL keeps in its data directory while it runs: the server's process id on the first
 * line and its port on the fourth. It may be left behind by a server that did not stop cleanly.
 */
record PostmasterPidFile(Path file, long pid, OptionalInt port) {
    private static final int PID_LINE = 0;
    private static final int PORT_LINE = 3;

    static Optional<PostmasterPidFile> in(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException none) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(PID_LINE).strip().matches("\\d+")) {
            return Optional.empty();
        }
        // PostgreSQL writes the lines one after another while it starts, so the port may not be there yet.
        OptionalInt port = lines.size() > PORT_LINE && lines.get(PORT_LINE).strip().matches("\\d+")
                ? OptionalInt.of(Integer.parseInt(lines.get(PORT_LINE).strip())) : OptionalInt.empty();
        return Optional.of(new PostmasterPidFile(file, Long.parseLong(lines.get(PID_LINE).strip()), port));
    }
}
