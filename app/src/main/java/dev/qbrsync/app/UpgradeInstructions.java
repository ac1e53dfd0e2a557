package dev.qbrsync.app;

import dev.qbrsync.embeddedpostgres.DataDirectoryVersionException;

import java.nio.file.Path;

/**
 * What to do when the embedded database's data directory is of another PostgreSQL major than this QBR Sync bundles:
 * the exact commands that move the data across, a backup taken with the QBR Sync that made it and restored with this
 * one (README, "Upgrading").
 */
public final class UpgradeInstructions {
    private UpgradeInstructions() {
    }

    public static String of(DataDirectoryVersionException refused) {
        return refused.dataIsOlder() ? olderDataDirectory(refused) : newerDataDirectory(refused);
    }

    private static String olderDataDirectory(DataDirectoryVersionException refused) {
        String old = refused.dataMajor();
        Path data = refused.root();
        Path kept = refused.postgresData().resolveSibling(refused.postgresData().getFileName() + "-" + old);
        String backup = "qbr-sync-postgres" + old + ".zip";
        return "The embedded database in " + refused.postgresData() + " was made by PostgreSQL " + old
                + ", and this QBR Sync runs PostgreSQL " + refused.bundledMajor() + ", which cannot open it. Nothing "
                + "was changed. Move the data across with a backup (README, \"Upgrading\"):\n"
                + "  1. with the QBR Sync you ran before (it bundles PostgreSQL " + old + "):\n"
                + "     QBR_DATA_DIR=" + data + " java -jar qbr-sync-previous.jar backup --out " + backup + "\n"
                + "  2. keep the old data directory aside:\n"
                + "     mv " + refused.postgresData() + " " + kept + "\n"
                + "  3. with this QBR Sync:\n"
                + "     QBR_DATA_DIR=" + data + " java -jar qbr-sync.jar restore " + backup + "\n"
                + "  4. start this QBR Sync; once all is well, delete " + kept;
    }

    private static String newerDataDirectory(DataDirectoryVersionException refused) {
        return "The embedded database in " + refused.postgresData() + " was made by PostgreSQL "
                + refused.dataMajor() + ", newer than the PostgreSQL " + refused.bundledMajor() + " this QBR Sync "
                + "runs. Nothing was changed. Run the QBR Sync that made it; to come back to this one, take a backup "
                + "with that one ('backup --out FILE'), move " + refused.postgresData() + " aside and 'restore FILE' "
                + "with this one (refused if that backup's schema is newer than this QBR Sync knows).";
    }
}
