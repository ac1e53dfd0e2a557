package dev.qbrsync.codec.soap;

/** A request that is not a Web Connector SOAP call we can read; the message says what is wrong. */
public class MalformedSoapException extends RuntimeException {
    private final SoapVersion version;

    public MalformedSoapException(String message, SoapVersion version) {
        super(message);
        this.version = version;
    }

    public MalformedSoapException(String message, SoapVersion version, Throwable cause) {
        super(message, cause);
        this.version = version;
    }

    /** The SOAP version to write the fault in (1.1 when the envelope could not be read). */
    public SoapVersion version() {
        return version == null ? SoapVersion.SOAP_11 : version;
    }
}
