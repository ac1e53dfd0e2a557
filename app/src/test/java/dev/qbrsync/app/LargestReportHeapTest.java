package dev.qbrsync.app;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.codec.soap.QbwcCall;
import dev.qbrsync.codec.soap.SoapRequestReader;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import dev.qbrsync.core.report.ReportSection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest request the server accepts (QBR_MAX_BODY_MB, 32 MiB) carrying one 24-month P&L is read (SOAP envelope,
 * then the report) within the heap of the documented start command, in a JVM of its own started with those options.
 */
@Tag("slow")
class LargestReportHeapTest {
    private static final long LARGEST_BODY = 32L * 1024 * 1024;
    private static final SyncTask.ProfitAndLoss WINDOW =
            new SyncTask.ProfitAndLoss(YearMonth.of(2024, 1), YearMonth.of(2025, 12));

    @Test
    void aThirtyTwoMebibyteReportParsesWithinTheDocumentedHeap() throws Exception {
        Process parse = new ProcessBuilder(AppProcess.javaCommand(ParseLargestReport.class)).redirectErrorStream(true)
                .start();
        String output = new String(parse.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(parse.waitFor()).as(output).isZero();
        assertThat(output).contains("body bytes " + LARGEST_BODY / 1024 / 1024 + " MiB", "months read 24");
    }

    /** Runs in the forked JVM: builds the body just under the limit, then reads it as the server does. */
    static final class ParseLargestReport {
        public static void main(String[] args) {
            byte[] body = bodyOfAbout(LARGEST_BODY);
            String report = ((QbwcCall.ReceiveResponseXml) new SoapRequestReader()
                    .read(new ByteArrayInputStream(body)).call()).response();
            var received = (QuickBooksResponse.ProfitAndLossReceived) new QbxmlMessages().read(WINDOW, report);
            int months = received.report().months().size();
            System.out.println("body bytes " + Math.round(body.length / 1024.0 / 1024.0) + " MiB, accounts "
                    + received.report().accounts().size() + ", months read " + months);
        }

        /** Scales the chart until the body is within 256 KiB under the limit (report size is near-linear in it). */
        private static byte[] bodyOfAbout(long limit) {
            long empty = body(0).length;
            int accounts = 1_000;
            byte[] body = body(accounts);
            for (int attempt = 0; body.length > limit || body.length < limit - 256 * 1024; attempt++) {
                if (attempt == 5) {
                    throw new IllegalStateException("The body came out at " + body.length + " bytes");
                }
                accounts = (int) (accounts * (limit - 128 * 1024 - empty) / (double) (body.length - empty));
                body = null; // only one body at a time, as a server holds one request
                body = body(accounts);
            }
            return body;
        }

        private static byte[] body(int accounts) {
            List<FakeQuickBooks.Account> chart = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
                chart.add(FakeQuickBooks.account(i % 2 == 0 ? ReportSection.INCOME : ReportSection.EXPENSE,
                        (400000 + i) + " · Account " + String.format("%06d", i), FakeQuickBooks.each("1234.56")));
            }
            String request = "<GeneralSummaryReportQueryRq requestID=\"PNL:2024-01..2025-12\"><FromReportDate>"
                    + "2024-01-01</FromReportDate><ToReportDate>2025-12-31</ToReportDate>";
            return SyncWarmUp.receiveResponseXml(new FakeQuickBooks(chart, List.of()).answer(request));
        }
    }
}
