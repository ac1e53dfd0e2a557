package dev.qbrsync.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the QuickBooks Web Connector's side of the conversation over real HTTP, envelope by envelope. Given several
 * endpoints it sends each call to the next one in turn, as a round-robin proxy in front of several instances would.
 */
final class WebConnectorClient {
    private static final String NS = "http://developer.intuit.com/";
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<URI> endpoints;
    private final List<URI> served = new ArrayList<>();
    private final String clientAddress;

    WebConnectorClient(URI endpoint) {
        this(List.of(endpoint));
    }

    /** Round robin over the endpoints, one call each in turn. */
    WebConnectorClient(List<URI> endpoints) {
        this(endpoints, null);
    }

    /**
     * A Web Connector on its own PC at {@code clientAddress}, as a reverse proxy on 127.0.0.1 names it in
     * X-Forwarded-For (the server must trust 127.0.0.1: QBR_TRUSTED_PROXIES).
     */
    WebConnectorClient(URI endpoint, String clientAddress) {
        this(List.of(endpoint), clientAddress);
    }

    private WebConnectorClient(List<URI> endpoints, String clientAddress) {
        this.endpoints = List.copyOf(endpoints);
        this.clientAddress = clientAddress;
    }

    /** Which endpoint took each call so far, in order. */
    synchronized List<URI> served() {
        return List.copyOf(served);
    }

    private synchronized URI next() {
        URI endpoint = endpoints.get(served.size() % endpoints.size());
        served.add(endpoint);
        return endpoint;
    }

    HttpResponse<String> post(String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(next())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + NS + "call\"")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String call(String method, String... namesAndValues) throws Exception {
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.append('<').append(namesAndValues[i]).append('>').append(escape(namesAndValues[i + 1]))
                    .append("</").append(namesAndValues[i]).append('>');
        }
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap="
                + "\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><" + method + " xmlns=\"" + NS + "\">"
                + parameters + "</" + method + "></soap:Body></soap:Envelope>";
        return post(envelope).body();
    }

    /** Logs in as the environment's Web Connector user, expecting work to do; the ticket. */
    String authenticate() throws Exception {
        List<String> answer = strings(call("authenticate", "strUserName", TestApp.USER, "strPassword",
                TestApp.PASSWORD));
        if (!answer.get(1).isEmpty()) {
            throw new AssertionError("authenticate answered '" + answer.get(1) + "', not work to do");
        }
        return answer.get(0);
    }

    /** sendRequestXML from the company of {@link QuickBooksFixtures}; the qbXML request. */
    String sendRequest(String ticket) throws Exception {
        return result(call("sendRequestXML", "ticket", ticket, "strHCPResponse", QuickBooksFixtures.hostResponse(),
                "strCompanyFileName", "C:\\Acme.QBW", "qbXMLCountry", "US", "qbXMLMajorVers", "13",
                "qbXMLMinorVers", "0"), "sendRequestXMLResult");
    }

    /** receiveResponseXML with QuickBooks' answer; the progress it returns. */
    String receive(String ticket, String response) throws Exception {
        return result(call("receiveResponseXML", "ticket", ticket, "response", response, "hresult", "",
                "message", ""), "receiveResponseXMLResult");
    }

    /** The text of the first {@code element} in a response, unescaped. */
    static String result(String response, String element) {
        Matcher matcher = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(response);
        if (!matcher.find()) {
            throw new AssertionError("no " + element + " in " + response);
        }
        return matcher.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    static List<String> strings(String response) {
        return Pattern.compile("<string>(.*?)</string>").matcher(response).results().map(m -> m.group(1)).toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
