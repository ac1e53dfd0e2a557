package dev.qbrsync.embeddedpostgres;

import java.nio.file.Path;

/** The data directory was made by another PostgreSQL major version than the one bundled; nothing was changed. */
public final class DataDirectoryVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path root;
    private final transient Path postgresData;
    private final String dataMajor;
    private final String bundledMajor;

    DataDirectoryVersionException(Path root, Path postgresData, String dataMajor, String bundledMajor) {
        super("The PostgreSQL data directory " + postgresData + " was made by PostgreSQL " + dataMajor + ", and the "
                + "bundled PostgreSQL is " + bundledMajor + ", which cannot open it. Nothing was changed.");
        this.root = root;
        this.postgresData = postgresData;
        this.dataMajor = dataMajor;
        this.bundledMajor = bundledMajor;
    }

    /** The directory given to {@link EmbeddedDatabase#startOrAttach}. */
    public Path root() {
        return root;
    }

    /** PostgreSQL's own data directory inside it. */
    public Path postgresData() {
        return postgresData;
    }

    public String dataMajor() {
        return dataMajor;
    }

    public String bundledMajor() {
        return bundledMajor;
    }

    /** True when the data directory is older than the bundled server (an upgrade); false when it is newer. */
    public boolean dataIsOlder() {
        try {
            return Integer.parseInt(dataMajor.split("\\.")[0]) < Integer.parseInt(bundledMajor);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
