package dev.qbrsync.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the HTTP adapter reports for monitoring, and the metrics it serves; the application keeps the metrics. */
public interface Monitoring {
    /** Counts nothing and serves no metric. */
    Monitoring NONE = new Monitoring() {
        @Override
        public void soapCallAnswered(String method, String outcome, Duration took) {
        }

        @Override
        public void soapRequestRefused() {
        }

        @Override
        public String prometheusText() {
            return "";
        }
    };

    /**
     * A SOAP call was answered.
     *
     * @param method  the Web Connector operation
     * @param outcome as the core audited it: {@code success}, {@code denied} or {@code failure}; {@code error} when it
     *                ended in a SOAP Fault
     */
    void soapCallAnswered(String method, String outcome, Duration took);

    /** A request was refused before any operation ran: unreadable, too large, not XML, or from a refused source. */
    void soapRequestRefused();

    /** Every metric in Prometheus' text exposition format (version 0.0.4), for {@code GET /metrics}. */
    String prometheusText();

    /** Whether the server takes scheduled backups (QBR_BACKUP_DIR is set). */
    default boolean backupsScheduled() {
        return false;
    }

    /** When the newest scheduled backup was taken; empty when there is none (or none are scheduled). */
    default Optional<Instant> lastBackupAt() {
        return Optional.empty();
    }
}
