package dev.qbrsync.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.qbrsync.http.soap.SoapEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import java.util.List;

import static dev.qbrsync.http.RunningServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/** One log line per SOAP call: method, masked ticket, company, source, duration, outcome; never a secret. */
@Isolated
class SoapCallLogTest {
    private static final String NS = " xmlns=\"http://developer.intuit.com/\"";
    private final RunningServer server = new RunningServer();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SoapEndpoint.class);

    private final Level levelBefore = logger.getLevel();

    SoapCallLogTest() {
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void stop() {
        logger.setLevel(levelBefore);
        logger.detachAppender(lines);
        server.close();
    }

    @Test
    void logsEachCallWithAMaskedTicketAndItsCompanyButNoSecret() throws Exception {
        String response = server.soap(envelope("<authenticate" + NS + "><strUserName>qbwc</strUserName>"
                + "<strPassword>secret</strPassword></authenticate>")).body();
        String ticket = response.replaceAll("(?s).*?<string>([^<]+)</string>.*", "$1");
        server.soap(envelope("<getLastError" + NS + "><ticket>" + ticket + "</ticket></getLastError>"));

        List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("qbwc authenticate ticket=- company=default from=127.0.0.1 ").endsWith("success");
        assertThat(messages.get(1)).startsWith("qbwc getLastError ticket=" + ticket.substring(0, 4) + "…(")
                .contains("company=default");
        assertThat(messages).noneMatch(message -> message.contains(ticket) || message.contains("secret"));
    }
}
