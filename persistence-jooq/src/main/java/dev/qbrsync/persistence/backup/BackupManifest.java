package dev.qbrsync.persistence.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What a backup file holds, written as {@code manifest.json} beside the tables: which QBR Sync took it, the schema
 * version (the newest applied Flyway migration), when the snapshot was taken, and per table its columns, row count and
 * the SHA-256 of its data.
 */
public record BackupManifest(int format, String qbrSyncVersion, String schemaVersion, Instant takenAt,
                             List<Table> tables) {
    public static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** One table: its data is the entry {@link #entry()}, PostgreSQL's COPY text format, one line per row. */
    public record Table(String name, List<String> columns, long rows, String sha256) {
        public String entry() {
            return entryFor(name);
        }

        static String entryFor(String table) {
            return "tables/" + table + ".copy";
        }
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("A manifest always serializes", e);
        }
    }

    static BackupManifest fromJson(byte[] json) {
        try {
            return JSON.readValue(json, BackupManifest.class);
        } catch (IOException e) {
            throw new BackupRefusedException("its manifest.json cannot be read: " + e.getMessage());
        }
    }
}
