package dev.qbrsync.app;

import dev.qbrsync.app.cli.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String stdin, String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null, env);
        return Main.run(List.of(args), console);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasItsOwn() {
        assertThat(run(Map.of(), "", "--help")).isZero();
        assertThat(out()).contains("serve", "hash-password", "qwc", "token", "migrate");
        for (String command : List.of("serve", "hash-password", "qwc", "token", "migrate")) {
            out.reset();
            assertThat(run(Map.of(), "", command, "--help")).isZero();
            assertThat(out()).startsWith("Usage: qbr-sync");
        }
        assertThat(run(Map.of(), "", "frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'frobnicate'");
    }

    @Test
    void hashPasswordReadsAPipedPasswordAndPrintsABcryptHash() {
        assertThat(run(Map.of(), "a long enough password\n", "hash-password")).isZero();

        String hash = out().trim();
        assertThat(hash).startsWith("$2a$12$").doesNotContain("a long enough password");
        assertThat(new BcryptCredentialVerifier("u", hash, "c").companyFor("u", "a long enough password".toCharArray()))
                .isPresent();
        assertThat(run(Map.of(), "short\n", "hash-password")).isEqualTo(2);
    }

    @Test
    void qwcWritesAReadyWebConnectorFileWithAStableOwnerId(@TempDir Path directory) throws Exception {
        Map<String, String> env = Map.of("QBR_PUBLIC_URL", "https://qbr.example.com", "QBR_DATA_DIR",
                directory.resolve("data").toString(), "QBWC_USERNAME", "acme-qbwc");
        Path first = directory.resolve("first.qwc");
        Path second = directory.resolve("second.qwc");

        assertThat(run(env, "", "qwc", "--out", first.toString(), "--minutes", "30")).isZero();
        assertThat(run(env, "", "qwc", "--out", second.toString())).isZero();

        Document qwc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(first.toFile());
        assertThat(text(qwc, "AppURL")).isEqualTo("https://qbr.example.com/api/qbwc");
        assertThat(text(qwc, "AppSupport")).startsWith("https://qbr.example.com/");
        assertThat(text(qwc, "UserName")).isEqualTo("acme-qbwc");
        assertThat(text(qwc, "IsReadOnly")).isEqualTo("true");
        assertThat(text(qwc, "RunEveryNMinutes")).isEqualTo("30");
        assertThat(text(qwc, "QBType")).isEqualTo("QBFS");
        assertThat(text(qwc, "OwnerID")).matches("\\{[0-9A-F-]{36}}");
        Document other = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(second.toFile());
        assertThat(text(other, "OwnerID")).isEqualTo(text(qwc, "OwnerID"));
        assertThat(text(other, "FileID")).isNotEqualTo(text(qwc, "FileID"));
        assertThat(Files.readString(first)).doesNotContainIgnoringCase("password");
    }

    @Test
    void qwcRefusesPlainHttpOffLocalhostAndIpAddresses(@TempDir Path directory) {
        Map<String, String> env = new HashMap<>(Map.of("QBR_DATA_DIR", directory.toString(),
                "QBR_PUBLIC_URL", "http://qbr.example.com"));
        assertThat(run(env, "", "qwc", "--out", directory.resolve("x.qwc").toString())).isEqualTo(2);
        assertThat(err()).contains("https");

        env.put("QBR_PUBLIC_URL", "https://203.0.113.7");
        assertThat(run(env, "", "qwc", "--out", directory.resolve("y.qwc").toString())).isEqualTo(2);
        assertThat(err()).contains("IP address");
    }

    @Test
    void tokensAreCreatedListedAndRevokedAgainstTheDatabase(@TempDir Path directory) {
        Map<String, String> env = TestApp.environment(directory);

        assertThat(run(env, "", "token", "create", "dashboard")).isZero();
        String secret = out().lines().reduce((first, last) -> last).orElseThrow();
        assertThat(secret).startsWith("qbr_");
        out.reset();
        assertThat(run(env, "", "token", "list")).isZero();
        assertThat(out()).contains("dashboard").doesNotContain(secret);
        assertThat(run(env, "", "token", "revoke", "1")).isZero();
        assertThat(run(env, "", "token", "revoke", "1")).isEqualTo(1);
        assertThat(run(env, "", "token", "explode")).isEqualTo(2);
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagName(element).item(0).getTextContent();
    }
}
