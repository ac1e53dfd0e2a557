package dev.qbrsync.embeddedpostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs initdb, pg_ctl and postgres from one installation, and reports what they printed when they fail. */
final class PostgresPrograms {
    private final Path installation;

    PostgresPrograms(Path installation) {
        this.installation = installation;
    }

    /** Thrown when a program exits with an error; the message is what the program itself printed. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** Runs the program to its end, feeding it {@code input}, and returns what it printed. */
    String run(String program, List<String> arguments, String input, Duration timeout) {
        List<String> command = new ArrayList<>();
        if (OwnerOnlyFiles.currentUserId() == 0) {
            // PostgreSQL refuses to run as root. In a new user namespace (zonky's way too) it runs as an unmapped,
            // unprivileged user, while everything it creates is still owned by root on disk.
            command.addAll(List.of("unshare", "--user"));
        }
        command.add(installation.resolve("bin").resolve(program).toString());
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        }
        FutureTask<String> output = new FutureTask<>(() -> readAll(process.getInputStream()));
        Thread reader = new Thread(output, program + " output");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // the program has exited without reading; its exit status and output tell why
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new Failure(program + " did not finish within " + timeout.toSeconds() + " s");
            }
            String printed = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (process.exitValue() != 0) {
                throw new Failure(printed.strip());
            }
            return printed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new Failure("Interrupted while " + program + " was running");
        } catch (ExecutionException | TimeoutException e) {
            throw new Failure("Cannot read what " + program + " printed: " + e);
        }
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
