package dev.qbrsync.codec.soap;

/** One decoded Web Connector request; {@link #method()} is the SOAP operation name. */
public sealed interface QbwcCall {

    String method();

    /** The ticket the call carries, empty for calls made before authenticate. */
    default String ticket() {
        return "";
    }

    record ServerVersion() implements QbwcCall {
        public String method() {
            return "serverVersion";
        }
    }

    record ClientVersion(String version) implements QbwcCall {
        public String method() {
            return "clientVersion";
        }
    }

    /** The password is a char array so the caller can wipe it after use. */
    record Authenticate(String userName, char[] password) implements QbwcCall {
        public String method() {
            return "authenticate";
        }

        @Override
        public String toString() {
            return "Authenticate[userName=" + userName + ", password=****]";
        }
    }

    record SendRequestXml(String ticket, String hcpResponse, String companyFileName, String qbxmlCountry,
                          int qbxmlMajorVersion, int qbxmlMinorVersion) implements QbwcCall {
        public String method() {
            return "sendRequestXML";
        }
    }

    record ReceiveResponseXml(String ticket, String response, String hresult, String message) implements QbwcCall {
        public String method() {
            return "receiveResponseXML";
        }
    }

    record ConnectionError(String ticket, String hresult, String message) implements QbwcCall {
        public String method() {
            return "connectionError";
        }
    }

    record GetLastError(String ticket) implements QbwcCall {
        public String method() {
            return "getLastError";
        }
    }

    record CloseConnection(String ticket) implements QbwcCall {
        public String method() {
            return "closeConnection";
        }
    }

    record GetInteractiveUrl(String ticket, String sessionId) implements QbwcCall {
        public String method() {
            return "getInteractiveURL";
        }
    }

    record InteractiveDone(String ticket) implements QbwcCall {
        public String method() {
            return "interactiveDone";
        }
    }

    record InteractiveRejected(String ticket, String reason) implements QbwcCall {
        public String method() {
            return "interactiveRejected";
        }
    }
}
