package dev.qbrsync.codec.xml;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.codec.soap.MalformedSoapException;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Feeds seeded random mutations of valid documents to the decoders: each must return a result or throw its one typed
 * exception, and never hang. The seed is fixed so a failure reproduces.
 */
class MutationFuzzTest {
    private static final int CASES = 2_000;
    /** A decoder that hangs on one case stops the loop: seconds where all cases together take under one. */
    private static final Duration ALL_CASES_TIMEOUT = Duration.ofSeconds(60);
    private static final String SOAP = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><sendRequestXML xmlns=\"http://developer.intuit.com/\"><ticket>t</ticket><strHCPResponse/>"
            + "<strCompanyFileName>C:\\a.QBW</strCompanyFileName><qbXMLCountry>US</qbXMLCountry>"
            + "<qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers></sendRequestXML></soap:Body>"
            + "</soap:Envelope>";
    private static final SyncTask QUARTER = new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

    private static String resource(String name) throws IOException {
        try (InputStream in = MutationFuzzTest.class.getResourceAsStream("/qbxml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] copy = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(copy.length);
            switch (random.nextInt(4)) {
                case 0 -> copy[at] = (byte) random.nextInt(256);
                case 1 -> copy[at] = (byte) "<>&\"'/=;:".charAt(random.nextInt(9));
                case 2 -> copy = java.util.Arrays.copyOf(copy, Math.max(1, at));
                default -> {
                    int from = random.nextInt(copy.length);
                    System.arraycopy(copy, from, copy, at, Math.min(copy.length - from, copy.length - at) / 2);
                }
            }
        }
        return copy;
    }

    @Test
    void soapDecoderOnlyReturnsOrThrowsItsException() {
        Random random = new Random(20261125L);
        byte[] valid = SOAP.getBytes(StandardCharsets.UTF_8);
        SoapRequestReader reader = new SoapRequestReader();
        int refused = assertTimeoutPreemptively(ALL_CASES_TIMEOUT, () -> {
            int refusals = 0;
            for (int i = 0; i < CASES; i++) {
                try {
                    assertThat(reader.read(new ByteArrayInputStream(mutate(valid, random))).call()).isNotNull();
                } catch (MalformedSoapException expected) {
                    refusals++;
                }
            }
            return refusals;
        });
        assertThat(refused).isPositive();
    }

    @Test
    void qbxmlDecodersOnlyReturnOrThrowTheirException() throws IOException {
        Random random = new Random(42L);
        QbxmlMessages messages = new QbxmlMessages();
        byte[] report = resource("pnl-three-months.xml").getBytes(StandardCharsets.UTF_8);
        byte[] employees = resource("employees.xml").getBytes(StandardCharsets.UTF_8);
        int refused = assertTimeoutPreemptively(ALL_CASES_TIMEOUT, () -> {
            int refusals = 0;
            for (int i = 0; i < CASES; i++) {
                boolean isReport = i % 2 == 0;
                String mutated = new String(mutate(isReport ? report : employees, random), StandardCharsets.UTF_8);
                SyncTask task = isReport ? QUARTER : new SyncTask.EmployeeList();
                try {
                    assertThat(messages.read(task, mutated)).isNotNull();
                } catch (MalformedQbxmlException expected) {
                    refusals++;
                }
            }
            return refusals;
        });
        assertThat(refused).isPositive();
    }
}
