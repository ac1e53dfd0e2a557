package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Held by the one process that runs the embedded PostgreSQL of a data directory, for as long as it runs it. The
 * operating system releases it when that process ends, however it ends, so a held lock always means a live owner.
 */
final class EmbeddedDatabaseLock implements AutoCloseable {
    /**
     * Lock files this process holds. On Linux, closing any descriptor of a file drops every lock the process has on
     * it, so a held one is never opened a second time here.
     */
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private EmbeddedDatabaseLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process, or this one, already holds it. */
    static Optional<EmbeddedDatabaseLock> tryAcquire(Path file) {
        if (!HELD_BY_THIS_PROCESS.add(file)) {
            return Optional.empty();
        }
        try {
            FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OwnerOnlyFiles.FILE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_BY_THIS_PROCESS.remove(file);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return Optional.of(new EmbeddedDatabaseLock(file, channel, lock));
        } catch (IOException e) {
            HELD_BY_THIS_PROCESS.remove(file);
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release " + file, e);
        } finally {
            HELD_BY_THIS_PROCESS.remove(file);
        }
    }
}
