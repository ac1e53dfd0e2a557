package dev.qbrsync.http.soap;

import java.time.Duration;

/** What the SOAP endpoint reports for monitoring: the calls it answered and the requests it refused. */
public interface SoapCallMonitor {
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
}
