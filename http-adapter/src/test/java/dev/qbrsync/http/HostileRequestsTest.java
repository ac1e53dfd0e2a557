package dev.qbrsync.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.qbrsync.http.RunningServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hostile request the SOAP endpoint may meet gets a clear SOAP Fault or HTTP error, stores nothing, and leaves
 * the server answering.
 */
class HostileRequestsTest {
    private static final RunningServer SERVER = new RunningServer(256 * 1024);

    @AfterEach
    void serverStillUpAndNothingStored() throws Exception {
        assertThat(SERVER.send(HttpRequest.newBuilder(SERVER.uri("/health"))).statusCode()).isEqualTo(200);
        assertThat(SERVER.core.sessions.latestForCompany(dev.qbrsync.core.testing.InMemoryCore.COMPANY)).isEmpty();
        assertThat(SERVER.core.history.find(dev.qbrsync.core.history.HistoryQuery.firstPage(dev.qbrsync.core.testing.InMemoryCore.COMPANY, 10)).total()).isZero();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        return SERVER.send(HttpRequest.newBuilder(SERVER.uri(HttpServer.SOAP_PATH)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return post(body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8");
    }

    private static void assertFault(HttpResponse<String> response, String expectedText) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<soap:Fault>").contains(expectedText);
    }

    @Test
    void externalEntity() throws Exception {
        assertFault(post("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<authenticate xmlns=\"http://developer.intuit.com/\"><strUserName>&e;</strUserName>"
                + "</authenticate>")), "not well-formed");
    }

    @Test
    void billionLaughs() throws Exception {
        assertFault(post("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\">]>" + envelope("<clientVersion><strVersion>&b;</strVersion></clientVersion>")),
                "not well-formed");
    }

    @Test
    void deepNesting() throws Exception {
        String deepHeader = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header>"
                + "<x>".repeat(5000) + "</x>".repeat(5000) + "</soap:Header><soap:Body><serverVersion/></soap:Body>"
                + "</soap:Envelope>";
        assertFault(post(deepHeader), "not well-formed");
        assertFault(post(envelope("<getLastError><ticket><x><y/></x></ticket></getLastError>")), "must be text");
    }

    /**
     * Refused at its first bytes, the body is still read to its end before the answer, so a client that is still
     * sending (here: the rest of the body follows after a pause) gets the Fault instead of a reset connection.
     */
    @Test
    void aBodyRefusedAtItsStartIsAnsweredAfterTheClientHasSentItAll() throws Exception {
        byte[] start = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header>"
                + "<x>".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] rest = " ".repeat(200 * 1024).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", HttpServer.boundPort(SERVER.app))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + HttpServer.SOAP_PATH + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
                    + "text/xml\r\nContent-Length: " + (start.length + rest.length) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(start);
            out.flush();
            Thread.sleep(500);
            out.write(rest);
            out.flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 500").contains("<soap:Fault>", "not well-formed");
        }
    }

    @Test
    void hugeAttribute() throws Exception {
        assertFault(post(envelope("<getLastError a=\"" + "x".repeat(100_000) + "\"/>")), "not well-formed");
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] body = envelope("<getLastError><ticket>XX</ticket></getLastError>").getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf("XX");
        body[at] = (byte) 0xC3;
        body[at + 1] = (byte) 0x28;
        assertFault(post(body, "text/xml; charset=utf-8"), "not well-formed");
    }

    @Test
    void truncatedBody() throws Exception {
        String whole = envelope("<getLastError><ticket>t</ticket></getLastError>");
        assertFault(post(whole.substring(0, whole.length() / 2)), "not well-formed");
    }

    @Test
    void wrongContentType() throws Exception {
        HttpResponse<String> response = post("{\"method\":\"authenticate\"}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("<soap:Fault>").contains("not XML");
    }

    @Test
    void oversizeBody() throws Exception {
        assertThat(SERVER.announceBody(HttpServer.SOAP_PATH, "text/xml; charset=utf-8", 300 * 1024))
                .startsWith("HTTP/1.1 413");
    }

    @Test
    void unknownSoapMethod() throws Exception {
        assertFault(post(envelope("<executeSql xmlns=\"http://developer.intuit.com/\"/>")), "Unknown SOAP method");
    }

    @Test
    void qbxmlResponseWithWrongTypesForAnUnknownTicket() throws Exception {
        HttpResponse<String> response = post(envelope("<receiveResponseXML xmlns=\"http://developer.intuit.com/\">"
                + "<ticket>forged</ticket><response>&lt;QBXML&gt;&lt;QBXMLMsgsRs&gt;&lt;GeneralSummaryReportQueryRs "
                + "statusCode=\"zero\"/&gt;&lt;/QBXMLMsgsRs&gt;&lt;/QBXML&gt;</response><hresult/><message/>"
                + "</receiveResponseXML>"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<receiveResponseXMLResult>-1</receiveResponseXMLResult>");
    }
}
