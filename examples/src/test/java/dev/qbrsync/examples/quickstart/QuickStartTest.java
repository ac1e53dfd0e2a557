package dev.qbrsync.examples.quickstart;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class QuickStartTest {

    @Test
    void theQuickStartPlaysOneSessionAndPrintsItsMetricsToTheCent() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .contains("mrr = 9200.00", "total_revenue = 9200.00", "net_profit = 9200.00", "employees = 1.00");
    }
}
