package dev.qbrsync.embeddedpostgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application stand-in in its own JVM: starts the embedded database, stores a row, says {@value #READY} and waits to be
 * killed, so a test can leave PostgreSQL behind the way {@code kill -9} does.
 */
final class EmbeddedDatabaseOwnerProcess {
    static final String READY = "ready";

    public static void main(String[] arguments) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabases.startOrAttach(Path.of(arguments[0]), Integer.parseInt(arguments[1]));
        EmbeddedDatabases.execute(database, "create table kept (note text)");
        EmbeddedDatabases.execute(database, "insert into kept values ('" + arguments[2] + "')");
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts the stand-in and returns once its database holds the note. */
    static Process start(Path dataDirectory, int port, String note) throws IOException, InterruptedException {
        EmbeddedDataDirectories.prepare(dataDirectory);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseOwnerProcess.class.getName(), dataDirectory.toString(), Integer.toString(port), note))
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(READY)) {
                return process;
            }
            printed.append(line).append('\n');
        }
        process.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        throw new IllegalStateException("The owner process ended before it was ready:\n" + printed);
    }
}
