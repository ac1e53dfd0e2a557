package dev.qbrsync.embeddedpostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart finds its PostgreSQL programs from a small record; any change of the class path's jars checks again. */
class PostgresBinariesTest {

    @Test
    void theInstallationIsRecordedWithItsSourceAndFoundAgainFromTheRecord(@TempDir Path parent) throws Exception {
        Path installation = PostgresBinaries.installation(parent);
        Path record = parent.resolve(PostgresBinaries.INSTALLED_FROM);

        assertThat(installation.resolve("bin/postgres")).isExecutable();
        assertThat(Files.readAllLines(record))
                .containsExactly(PostgresBinaries.archiveSource(), installation.getFileName().toString());
        assertThat(PostgresBinaries.installation(parent)).isEqualTo(installation);
    }

    @Test
    void anotherSourceOrAMissingInstallationIsCheckedAgainstTheArchiveItself(@TempDir Path dataDirectory)
            throws Exception {
        // Programs unpacked and recorded by the template's first start, copied: this test unpacks them again below.
        EmbeddedDataDirectories.preparePrograms(dataDirectory);
        Path parent = new EmbeddedDatabaseFiles(dataDirectory).binaries();
        Path installation = PostgresBinaries.installation(parent);
        Path record = parent.resolve(PostgresBinaries.INSTALLED_FROM);

        // A record naming another installation for another class path: not trusted, the archive's hash decides.
        Path decoy = Files.createDirectory(parent.resolve("0123456789abcdef"));
        Files.write(record, List.of("/elsewhere/older.jar 1 1;", decoy.getFileName().toString()));
        assertThat(PostgresBinaries.installation(parent)).isEqualTo(installation);
        assertThat(Files.readAllLines(record)).containsExactly(PostgresBinaries.archiveSource(),
                installation.getFileName().toString());

        // The recorded installation deleted: unpacked again, not trusted from the record.
        OwnerOnlyFiles.deleteTree(installation);
        assertThat(PostgresBinaries.installation(parent)).isEqualTo(installation);
        assertThat(installation.resolve("bin/postgres")).isExecutable();
    }
}
