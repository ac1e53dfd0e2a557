package dev.qbrsync.codec.soap;

/** A decoded SOAP request: the call and the SOAP version to answer in. */
public record SoapRequest(SoapVersion version, QbwcCall call) {
}
