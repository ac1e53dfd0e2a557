package dev.qbrsync.core.quickbooks;

/** A qbXML document that cannot be read: not XML, unsafe, too large, or not the shape we asked for. */
public class MalformedQbxmlException extends RuntimeException {

    public MalformedQbxmlException(String message) {
        super(message);
    }

    public MalformedQbxmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
