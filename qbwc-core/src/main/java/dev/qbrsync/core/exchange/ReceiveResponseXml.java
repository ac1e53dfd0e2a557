package dev.qbrsync.core.exchange;

import java.util.Objects;

/**
 * What the Web Connector sends with receiveResponseXML: QuickBooks' answer, or the error that came instead of one.
 * Built by name: {@link #answer} or {@link #failure}.
 */
public record ReceiveResponseXml(String ticket, String response, String hresult, String message) {

    public ReceiveResponseXml {
        Objects.requireNonNull(ticket, "ticket");
        response = Objects.requireNonNullElse(response, "");
        hresult = Objects.requireNonNullElse(hresult, "");
        message = Objects.requireNonNullElse(message, "");
    }

    /** QuickBooks answered the session's request with {@code qbxml}. */
    public static ReceiveResponseXml answer(String ticket, String qbxml) {
        return new ReceiveResponseXml(ticket, qbxml, "", "");
    }

    /** QuickBooks could not answer: the Web Connector passes its HRESULT and message. */
    public static ReceiveResponseXml failure(String ticket, String hresult, String message) {
        return new ReceiveResponseXml(ticket, "", hresult, message);
    }
}
