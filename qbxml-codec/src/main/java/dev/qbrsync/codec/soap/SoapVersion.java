package dev.qbrsync.codec.soap;

/** SOAP 1.1 (what QBWC sends) and SOAP 1.2 (accepted when a client uses it); a reply uses the request's version. */
public enum SoapVersion {
    SOAP_11("http://schemas.xmlsoap.org/soap/envelope/", "text/xml; charset=utf-8"),
    SOAP_12("http://www.w3.org/2003/05/soap-envelope", "application/soap+xml; charset=utf-8");

    private final String envelopeNamespace;
    private final String contentType;

    SoapVersion(String envelopeNamespace, String contentType) {
        this.envelopeNamespace = envelopeNamespace;
        this.contentType = contentType;
    }

    public String envelopeNamespace() {
        return envelopeNamespace;
    }

    public String contentType() {
        return contentType;
    }

    static SoapVersion ofNamespace(String namespace) {
        for (SoapVersion version : values()) {
            if (version.envelopeNamespace.equals(namespace)) {
                return version;
            }
        }
        return null;
    }
}
