package dev.qbrsync.core.exchange;

import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.Caller;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

class FailSafeWebConnectorTest {
    private static final Caller CALLER = Caller.unknown();

    /** A Web Connector whose every operation fails, as one does when its database is gone. */
    private static WebConnector failing() {
        return (WebConnector) Proxy.newProxyInstance(WebConnector.class.getClassLoader(),
                new Class<?>[]{WebConnector.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("connection refused");
                });
    }

    @Test
    void everyOperationStillAnswersInTheWebConnectorsVocabulary() {
        WebConnector guarded = new FailSafeWebConnector(failing());

        assertThat(guarded.authenticate(CALLER, Authenticate.as("qbwc", "pw".toCharArray())).status())
                .isEqualTo(AuthenticateResult.BUSY);
        assertThat(guarded.sendRequestXML(CALLER, SendRequestXml.forTicket("t").qbxml("US", 13, 0))).isEmpty();
        assertThat(guarded.receiveResponseXML(CALLER, ReceiveResponseXml.answer("t", "<QBXML/>"))).isEqualTo(-1);
        assertThat(guarded.getLastError(CALLER, "t")).contains("cannot reach its database");
        assertThat(guarded.connectionError(CALLER, ConnectionError.of("t", "0x1", "x"))).isEqualTo("done");
        assertThat(guarded.closeConnection(CALLER, "t")).contains("nothing from this session was stored");
    }

    @Test
    void aCallThatFailedUnderneathIsNotedAsAFailureForTheLogAndMetrics() {
        Caller caller = new Caller("192.0.2.10");

        new FailSafeWebConnector(failing()).receiveResponseXML(caller, ReceiveResponseXml.answer("t", "<QBXML/>"));

        assertThat(caller.outcome()).contains(AuditOutcome.FAILURE);
    }
}
