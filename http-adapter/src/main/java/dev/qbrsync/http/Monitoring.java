package dev.qbrsync.http;

import dev.qbrsync.http.api.BackupState;
import dev.qbrsync.http.soap.SoapCallMonitor;

import java.time.Duration;

/**
 * What the HTTP adapter reports for monitoring, the metrics it serves and the state of the backups; the application
 * keeps them.
 */
public interface Monitoring extends SoapCallMonitor, BackupState {
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

    /** Every metric in Prometheus' text exposition format (version 0.0.4), for {@code GET /metrics}. */
    String prometheusText();
}
