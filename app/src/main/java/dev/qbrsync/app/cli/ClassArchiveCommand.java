package dev.qbrsync.app.cli;

import dev.qbrsync.app.ClassArchiveTraining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the class-data-sharing archive the documented start command maps ({@code -XX:SharedArchiveFile}): a second
 * JVM, with the start command's options, runs {@link ClassArchiveTraining} and writes every class it loaded into the
 * archive as it exits. Starting with the archive maps those classes ready-made instead of loading them from the jar.
 */
public final class ClassArchiveCommand implements Command {
    /**
     * The JVM options of the documented start command and systemd unit (README, "Performance": why each one):
     * a serial collector and a heap sized for the largest accepted report, a small young generation and a heap that
     * gives back what a full collection frees, the client compiler only with a small code cache, and freed native
     * memory returned to the system every second.
     */
    public static final List<String> SERVE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-Xmn8m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=32m", "-XX:TrimNativeHeapInterval=1000");

    @Override
    public String name() {
        return "class-archive";
    }

    @Override
    public String summary() {
        return "make the class archive (qbr-sync.jsa) that lets serve start faster";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync class-archive [FILE]

                Writes the class-data-sharing archive that the documented start command passes to the JVM
                (-XX:SharedArchiveFile=FILE), by default qbr-sync.jsa beside the jar. A training run in a second
                JVM starts a throwaway server on a temporary data directory and loopback ports, answers a few
                requests and stops; the classes it loaded go into the archive. The build makes one beside
                app/target/qbr-sync.jar. Run it again wherever the jar is copied or replaced: the archive holds for
                one jar at one path, and a JVM given an archive of another jar warns and starts without it.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        if (arguments.size() > 1) {
            throw new UsageException("class-archive takes at most one argument: the archive file.");
        }
        Path jar = runningJar().orElseThrow(() -> new UsageException(
                "class-archive runs from the packaged jar: java -jar qbr-sync.jar class-archive"));
        Path archive = arguments.isEmpty() ? jar.resolveSibling("qbr-sync.jsa")
                : Path.of(arguments.get(0)).toAbsolutePath();
        try {
            Files.deleteIfExists(archive);
            Process training = new ProcessBuilder(trainingCommand(jar, archive)).redirectErrorStream(true).start();
            String output = new String(training.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = training.waitFor();
            if (status != 0 || !Files.isRegularFile(archive)) {
                console.err().println("The training run failed (exit status " + status + "); no archive was written."
                        + " Its output:\n" + output);
                return 1;
            }
            console.out().printf("Wrote %s (%d MiB). Start with -XX:SharedArchiveFile=%s%n", archive,
                    Files.size(archive) >> 20, archive);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static List<String> trainingCommand(Path jar, Path archive) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        // The JDK warns for each class it cannot archive (generated accessors, JFR events); they stay out, harmlessly.
        command.add("-Xlog:cds=error,cds+dynamic=error");
        command.addAll(SERVE_JVM_OPTIONS);
        command.addAll(List.of("-cp", jar.toString(), ClassArchiveTraining.class.getName()));
        return command;
    }

    /** The jar this JVM runs from; empty when it runs from classes (tests, an IDE). */
    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(ClassArchiveCommand.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
