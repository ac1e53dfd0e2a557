package dev.qbrsync.codec.benchmark;

import dev.qbrsync.codec.qbxml.QbxmlMessages;
import dev.qbrsync.codec.xml.XmlFactories;
import dev.qbrsync.core.quickbooks.QuickBooksResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;

/** Parsing a large monthly P&L with the codec, next to a bare Woodstox token pass over the same text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ProfitAndLossParseBenchmark {
    @Param("5000")
    public int accounts;

    String report;
    private final QbxmlMessages messages = new QbxmlMessages();

    @Setup
    public void generate() {
        report = LargeProfitAndLoss.withAccounts(accounts);
    }

    @Benchmark
    public QuickBooksResponse codec() {
        return messages.read(LargeProfitAndLoss.YEAR_2025, report);
    }

    /** Every token, with the element names and attribute values a reader would look at. */
    @Benchmark
    public long rawWoodstox() throws XMLStreamException {
        XMLStreamReader reader = XmlFactories.input().createXMLStreamReader(new StringReader(report));
        long seen = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT) {
                seen += reader.getLocalName().length() + reader.getAttributeCount();
            }
        }
        reader.close();
        return seen;
    }
}
