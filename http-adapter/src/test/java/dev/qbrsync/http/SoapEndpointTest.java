package dev.qbrsync.http;

import dev.qbrsync.core.quickbooks.QbxmlStatus;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.EmployeeRoster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.qbrsync.http.RunningServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;

class SoapEndpointTest {
    private static final String NS = " xmlns=\"http://developer.intuit.com/\"";
    private final RunningServer server = new RunningServer(64 * 1024);

    @AfterEach
    void stop() {
        server.close();
    }

    private static String result(HttpResponse<String> response, String element) {
        Matcher matcher = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL)
                .matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void playsAWholeWebConnectorConversation() throws Exception {
        server.core.quickBooks.respond("<QBXML>employees</QBXML>",
                new QuickBooksResponse.EmployeesReceived(QbxmlStatus.ok(), new EmployeeRoster(List.of())));

        assertThat(result(server.soap(envelope("<serverVersion" + NS + "/>")), "serverVersionResult"))
                .startsWith("QBR Sync");
        assertThat(server.soap(envelope("<clientVersion" + NS + "><strVersion>2.3.0.36</strVersion></clientVersion>"))
                .body()).contains("<clientVersionResult></clientVersionResult>");
        HttpResponse<String> authenticated = server.soap(envelope("<authenticate" + NS + "><strUserName>qbwc"
                + "</strUserName><strPassword>secret</strPassword></authenticate>"));
        assertThat(authenticated.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        Matcher strings = Pattern.compile("<string>(.*?)</string><string>(.*?)</string>").matcher(authenticated.body());
        assertThat(strings.find()).isTrue();
        String ticket = strings.group(1);
        assertThat(strings.group(2)).isEmpty();

        String request = result(server.soap(envelope("<sendRequestXML" + NS + "><ticket>" + ticket + "</ticket>"
                + "<strHCPResponse/><strCompanyFileName>C:\\a.QBW</strCompanyFileName><qbXMLCountry>US</qbXMLCountry>"
                + "<qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers></sendRequestXML>")),
                "sendRequestXMLResult");
        assertThat(request).contains("PNL:");
        String progress = result(server.soap(envelope("<receiveResponseXML" + NS + "><ticket>" + ticket + "</ticket>"
                + "<response>&lt;garbage</response><hresult/><message/></receiveResponseXML>")),
                "receiveResponseXMLResult");
        assertThat(progress).isEqualTo("-1");
        assertThat(result(server.soap(envelope("<getLastError" + NS + "><ticket>" + ticket + "</ticket></getLastError>")),
                "getLastErrorResult")).contains("could not be read");
        assertThat(result(server.soap(envelope("<closeConnection" + NS + "><ticket>" + ticket
                + "</ticket></closeConnection>")), "closeConnectionResult")).startsWith("Sync failed");
    }

    @Test
    void aWrongPasswordIsNvu() throws Exception {
        HttpResponse<String> response = server.soap(envelope("<authenticate" + NS + "><strUserName>qbwc</strUserName>"
                + "<strPassword>nope</strPassword></authenticate>"));

        assertThat(response.body()).contains("<authenticateResult><string></string><string>nvu</string>");
    }

    @Test
    void garbageGetsASoapFault() throws Exception {
        HttpResponse<String> response = server.soap("this is not xml");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<faultcode>soap:Client</faultcode>").contains("not well-formed");
    }

    @Test
    void anUnknownMethodGetsASoapFaultNamingIt() throws Exception {
        HttpResponse<String> response = server.soap(envelope("<dropTables" + NS + "/>"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Unknown SOAP method 'dropTables'");
    }

    @Test
    void anOversizeBodyIsRefusedWith413() throws Exception {
        String answer = server.announceBody(HttpServer.SOAP_PATH, "text/xml; charset=utf-8", 100 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("Fault");
    }

    @Test
    void interactiveModeIsDeclined() throws Exception {
        assertThat(server.soap(envelope("<interactiveRejected" + NS + "><wcTicket>t</wcTicket><reason>x</reason>"
                + "</interactiveRejected>")).body()).contains("does not use interactive mode");
    }

    @Test
    void servesTheWsdlWithTheConfiguredAddress() throws Exception {
        for (String path : List.of(HttpServer.SOAP_PATH, HttpServer.SOAP_PATH + "?wsdl")) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path)));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("location=\"https://qbr.example.com/api/qbwc\"")
                    .contains("name=\"receiveResponseXML\"");
        }
    }
}
