package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.EmbeddedDataDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClassArchiveTrainingTest {

    @Test
    void startsAThrowawayServerThatAnswersEachKindOfRequestThenDeletesItsDataDirectory(@TempDir Path parent)
            throws Exception {
        Path dataDirectory = parent.resolve("training");
        // A copy of a data directory where PostgreSQL ran: the build's own training run (see app/pom.xml) starts
        // from an empty one, so initdb need not run here again.
        EmbeddedDataDirectories.prepare(dataDirectory);

        // Throws when any of its requests (ready, WSDL, finance page, a SOAP call) is not answered 200.
        ClassArchiveTraining.run(dataDirectory);

        assertThat(dataDirectory).doesNotExist();
    }
}
