package dev.qbrsync.core.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each Web Connector call's arguments as one value built by name; what is not said is blank, never null. */
class RequestValuesTest {

    @Test
    void aSendRequestIsBuiltByNameAndCarriesEachArgumentToItsPlace() {
        SendRequestXml request = SendRequestXml.forTicket("t-1").hostResponse("<QBXML/>")
                .companyFile("C:\\Books\\Acme.qbw").qbxml("CA", 13, 1);

        assertThat(request).isEqualTo(new SendRequestXml("t-1", "<QBXML/>", "C:\\Books\\Acme.qbw", "CA", 13, 1));
        assertThat(SendRequestXml.forTicket("t-1")).isEqualTo(new SendRequestXml("t-1", null, null, null, 0, 0))
                .extracting(SendRequestXml::hcpResponse, SendRequestXml::companyFileName, SendRequestXml::qbxmlCountry)
                .containsExactly("", "", "");
        assertThatThrownBy(() -> SendRequestXml.forTicket(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aReceivedResponseIsAnAnswerOrAFailure() {
        assertThat(ReceiveResponseXml.answer("t-1", "<QBXML/>"))
                .isEqualTo(new ReceiveResponseXml("t-1", "<QBXML/>", "", ""));
        assertThat(ReceiveResponseXml.failure("t-1", "0x80040400", "QuickBooks found an error"))
                .isEqualTo(new ReceiveResponseXml("t-1", null, "0x80040400", "QuickBooks found an error"));
    }

    @Test
    void aLoginNeverShowsItsPasswordAndAConnectionErrorSaysNothingAsBlank() {
        Authenticate login = Authenticate.as("qbwc", "correct horse".toCharArray());

        assertThat(login.toString()).contains("qbwc").doesNotContain("correct horse").contains("****");
        assertThat(Authenticate.as(null, null)).extracting(Authenticate::userName).isEqualTo("");
        assertThat(ConnectionError.of("t-1", null, null))
                .extracting(ConnectionError::hresult, ConnectionError::message).containsExactly("", "");
        assertThatThrownBy(() -> ConnectionError.of(null, "0x1", "x")).isInstanceOf(NullPointerException.class);
    }
}
