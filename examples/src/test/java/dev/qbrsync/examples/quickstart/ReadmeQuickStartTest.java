package dev.qbrsync.examples.quickstart;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start is this module's {@code QuickStart.java}, so what the README shows always compiles. */
class ReadmeQuickStartTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path EXAMPLE = MODULE.resolve("src/main/java/dev/qbrsync/examples/quickstart/QuickStart.java");

    @Test
    void theReadmesQuickStartIsTheExampleFile() throws IOException {
        String readme = Files.readString(MODULE.resolveSibling("README.md"));

        assertThat(quickStartIn(readme)).isEqualTo(Files.readString(EXAMPLE));
    }

    /** The issue asks for a quick start of at most about 30 lines; the README counts them. */
    @Test
    void theQuickStartHasAtMostThirtyLines() throws IOException {
        assertThat(Files.readAllLines(EXAMPLE)).hasSizeLessThanOrEqualTo(30);
    }

    /** The ```java block that declares {@code class QuickStart}. */
    private static String quickStartIn(String readme) {
        int declaration = readme.indexOf("public final class QuickStart");
        assertThat(declaration).as("README.md shows class QuickStart").isNotNegative();
        int start = readme.lastIndexOf("```java\n", declaration) + "```java\n".length();
        return readme.substring(start, readme.indexOf("```", declaration));
    }
}
