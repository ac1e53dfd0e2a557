package dev.qbrsync.app;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a directory, to meet a full disk for real; tests that need one are skipped where mounting
 * is not allowed (not root, or no mount in the sandbox).
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    static SmallDisk mount(Path mountPoint, String size) throws Exception {
        Files.createDirectories(mountPoint);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs",
                mountPoint.toString()), "cannot mount a tmpfs here (needs root)");
        return new SmallDisk(mountPoint);
    }

    /** Fills every byte left with one file. */
    void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    /** Space is back. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", mountPoint.toString());
    }
}
