package dev.qbrsync.app;

import dev.qbrsync.app.cli.ClassArchiveCommand;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's start command and systemd unit run the JVM with exactly the options that the class archive's training
 * run, the heap test and the benchmarks use ({@link ClassArchiveCommand#SERVE_JVM_OPTIONS}), so the documented set
 * and the measured one cannot drift apart.
 */
class DocumentedStartCommandTest {
    @Test
    void theReadmesStartCommandAndServiceUnitRunTheServeOptions() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md")).replaceAll(" *\\\\\\n\\s*", " ");
        List<String> startCommands = readme.lines().filter(line -> line.contains("-XX:SharedArchiveFile=")).toList();

        assertThat(startCommands).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("java " + String.join(" ", ClassArchiveCommand.SERVE_JVM_OPTIONS) + " -XX:SharedArchiveFile="));
    }
}
