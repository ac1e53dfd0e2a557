package dev.qbrsync.codec.xml;

import dev.qbrsync.codec.qbxml.ProfitAndLossReader;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.codec.soap.MalformedSoapException;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each attack a hostile client could send is refused with the decoder's one exception, never resolved or expanded. */
class HostileInputTest {
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    private static void soap(byte[] body) {
        new SoapRequestReader().read(new ByteArrayInputStream(body));
    }

    private static void soap(String body) {
        soap(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><clientVersion><strVersion>&x;</strVersion>"
                + "</clientVersion></soap:Body></soap:Envelope>";

        assertThatThrownBy(() -> soap(xxe)).isInstanceOf(MalformedSoapException.class);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]><QBXML><QBXMLMsgsRs><GeneralSummaryReportQueryRs statusMessage=\"&lol9;\"/></QBXMLMsgsRs></QBXML>");

        assertThatThrownBy(() -> new ProfitAndLossReader().read(dtd.toString(), new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 1))))
                .isInstanceOf(MalformedQbxmlException.class);
    }

    @Test
    void anyDtdIsRefused() {
        assertThatThrownBy(() -> soap("<!DOCTYPE soap:Envelope><soap:Envelope xmlns:soap=\"" + SOAP + "\"/>"))
                .isInstanceOf(MalformedSoapException.class);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);

        assertThatThrownBy(() -> soap("<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><getLastError><ticket>"
                + deep + "</ticket></getLastError></soap:Body></soap:Envelope>"))
                .isInstanceOf(MalformedSoapException.class);
    }

    @Test
    void hugeAndNumerousAttributesAreRefused() {
        String huge = "<soap:Envelope xmlns:soap=\"" + SOAP + "\" a=\"" + "x".repeat(200_000) + "\"/>";
        StringBuilder many = new StringBuilder("<soap:Envelope xmlns:soap=\"" + SOAP + "\"");
        for (int i = 0; i < 1000; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }

        assertThatThrownBy(() -> soap(huge)).isInstanceOf(MalformedSoapException.class);
        assertThatThrownBy(() -> soap(many + "/>")).isInstanceOf(MalformedSoapException.class);
    }

    @Test
    void invalidUtf8AndTruncatedBodiesAreRefused() {
        byte[] valid = ("<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><getLastError><ticket>é</ticket>"
                + "</getLastError></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
        byte[] invalid = valid.clone();
        int accent = new String(valid, StandardCharsets.UTF_8).indexOf('é');
        invalid[accent] = (byte) 0xC3;
        invalid[accent + 1] = (byte) 0x28;

        assertThatThrownBy(() -> soap(invalid)).isInstanceOf(MalformedSoapException.class);
        assertThatThrownBy(() -> soap(java.util.Arrays.copyOf(valid, valid.length / 2)))
                .isInstanceOf(MalformedSoapException.class);
    }
}
