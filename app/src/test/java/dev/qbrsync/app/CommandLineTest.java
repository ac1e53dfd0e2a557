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
        assertThat(out()).contains("serve", "hash-password", "qwc", "company", "token", "migrate");
        for (String command : List.of("serve", "hash-password", "qwc", "company", "token", "migrate")) {
            out.reset();
            assertThat(run(Map.of(), "", command, "--help")).isZero();
            assertThat(out()).startsWith("Usage: qbr-sync");
        }
        assertThat(run(Map.of(), "", "frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'frobnicate'");
    }

    @Test
    void classArchiveRefusesToRunOutsideThePackagedJarAndListsItsHelp() {
        assertThat(run(Map.of(), "", "class-archive", "--help")).isZero();
        assertThat(out()).contains("-XX:SharedArchiveFile");

        assertThat(run(Map.of(), "", "class-archive")).isEqualTo(2);
        assertThat(err()).contains("class-archive runs from the packaged jar");
    }

    @Test
    void hashPasswordReadsAPipedPasswordAndPrintsABcryptHash() {
        assertThat(run(Map.of(), "a long enough password\n", "hash-password")).isZero();

        String hash = out().trim();
        assertThat(hash).startsWith("$2a$12$").doesNotContain("a long enough password");
        assertThat(new BcryptPasswords().matches("a long enough password".toCharArray(), hash)).isTrue();
        assertThat(run(Map.of(), "short\n", "hash-password")).isEqualTo(2);
    }

    @Test
    void eachCompanyGetsItsOwnQwcWithItsUserFileIdAndAppNameAndTheInstallationsOwnerId(@TempDir Path directory)
            throws Exception {
        Map<String, String> env = new HashMap<>(TestApp.environment(directory.resolve("data")));
        env.put("QBR_PUBLIC_URL", "https://qbr.example.com");
        assertThat(run(env, "northwind password\n", "company", "add", "Northwind Traders", "--qbwc-user",
                "northwind")).isZero();
        Path first = directory.resolve("first.qwc");
        Path again = directory.resolve("again.qwc");
        Path northwind = directory.resolve("northwind.qwc");

        assertThat(run(env, "", "qwc", "--out", first.toString(), "--minutes", "30")).isZero();
        assertThat(run(env, "", "qwc", "--out", again.toString())).isZero();
        assertThat(run(env, "", "qwc", "--company", "northwind traders", "--out", northwind.toString())).isZero();

        Document qwc = parse(first);
        assertThat(text(qwc, "AppURL")).isEqualTo("https://qbr.example.com/api/qbwc");
        assertThat(text(qwc, "AppSupport")).startsWith("https://qbr.example.com/");
        assertThat(text(qwc, "UserName")).isEqualTo(TestApp.USER);
        assertThat(text(qwc, "IsReadOnly")).isEqualTo("true");
        assertThat(text(qwc, "RunEveryNMinutes")).isEqualTo("30");
        assertThat(text(qwc, "QBType")).isEqualTo("QBFS");
        assertThat(text(qwc, "OwnerID")).matches("\\{[0-9A-F-]{36}}");
        assertThat(text(qwc, "FileID")).matches("\\{[0-9A-F-]{36}}");
        assertThat(parse(again)).satisfies(same -> {
            assertThat(text(same, "FileID")).as("a company's FileID is stable").isEqualTo(text(qwc, "FileID"));
            assertThat(text(same, "OwnerID")).isEqualTo(text(qwc, "OwnerID"));
        });
        Document other = parse(northwind);
        assertThat(text(other, "UserName")).isEqualTo("northwind");
        assertThat(text(other, "AppName")).isEqualTo("QBR Sync - Northwind Traders").isNotEqualTo(text(qwc, "AppName"));
        assertThat(text(other, "OwnerID")).isEqualTo(text(qwc, "OwnerID"));
        assertThat(text(other, "FileID")).isNotEqualTo(text(qwc, "FileID"));
        assertThat(Files.readString(northwind)).doesNotContainIgnoringCase("password");
        assertThat(run(env, "", "qwc", "--company", "Nobody", "--out", northwind.toString())).isEqualTo(1);
        assertThat(err()).contains("There is no company 'Nobody'");
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsAClearErrorWhenSetAndSimplyWrongWhenChecked() {
        String seventyThreeBytes = "p".repeat(73);
        assertThat(run(Map.of(), seventyThreeBytes + "\n", "hash-password")).isEqualTo(2);
        assertThat(err()).contains("at most 72 bytes").doesNotContain("Exception").doesNotContain("\tat ");

        String hash = new BcryptPasswords(4).hash("p".repeat(72).toCharArray());
        assertThat(new BcryptPasswords(4).matches(seventyThreeBytes.toCharArray(), hash))
                .as("bcrypt would read only the first 72 bytes; a longer password is wrong, not an error").isFalse();
        assertThat(new BcryptPasswords(4).matches("p".repeat(72).toCharArray(), hash)).isTrue();
    }

    @Test
    void addingACompanyForAnOrganizationThatHasOneIsRefusedNamingIt(@TempDir Path directory) throws Exception {
        Map<String, String> env = TestApp.environment(directory);
        assertThat(run(env, "contoso password\n", "company", "add", "Contoso", "--qbwc-user", "contoso")).isZero();
        String id = out().replaceAll("(?s).*Added: company (\\S+) .*", "$1");

        assertThat(run(env, "intruder password\n", "company", "add", "Whatever", "--qbwc-user", "intruder",
                "--organization", id)).isEqualTo(1);

        assertThat(err()).contains("organization " + id + " 'Contoso' already has a company");
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(env), java.time.Clock.systemUTC())) {
            assertThat(root.administration().companyDirectory().loginOf("intruder")).isEmpty();
            assertThat(new BcryptPasswords().matches("contoso password".toCharArray(),
                    root.administration().companyDirectory().loginOf("contoso").orElseThrow().passwordHash())).isTrue();
        }
    }

    @Test
    void companiesAreAddedListedRenamedDisabledAndReboundWithOnlyAPasswordHashStored(@TempDir Path directory)
            throws Exception {
        Map<String, String> env = TestApp.environment(directory);

        assertThat(run(env, "contoso password\n", "company", "add", "Contoso", "--qbwc-user", "contoso")).isZero();
        assertThat(out()).contains("Added: company", "'Contoso'", "qbr-sync qwc --company");
        assertThat(run(env, "another password\n", "company", "add", "Fabrikam", "--qbwc-user", "CONTOSO"))
                .as("a Web Connector user belongs to one company").isEqualTo(1);
        assertThat(err()).contains("already the Web Connector user of company");
        assertThat(run(env, "short\n", "company", "add", "Fabrikam", "--qbwc-user", "fabrikam")).isEqualTo(2);
        assertThat(run(env, "", "company", "add", "Fabrikam")).isEqualTo(2);
        assertThat(err()).contains("--qbwc-user is required");

        assertThat(run(env, "", "company", "rename", "contoso", "Contoso Ltd")).isZero();
        assertThat(run(env, "a new password\n", "company", "password", "Contoso Ltd")).isZero();
        assertThat(run(env, "", "company", "disable", "Contoso Ltd")).isZero();
        assertThat(run(env, "", "company", "rebind", "Contoso Ltd")).isZero();
        out.reset();
        assertThat(run(env, "", "company", "list")).isZero();

        assertThat(out()).contains("Contoso Ltd", "contoso", "disabled", "not yet").doesNotContain("password");
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(env), java.time.Clock.systemUTC())) {
            String hash = root.administration().companyDirectory().loginOf("contoso").orElseThrow().passwordHash();
            assertThat(hash).startsWith("$2a$12$");
            assertThat(new BcryptPasswords().matches("a new password".toCharArray(), hash)).isTrue();
            assertThat(StoredAudit.actions(root.database())).contains("company.add", "company.rename",
                    "company.password", "company.disable", "company.rebind");
        }
    }

    @Test
    void aCompanyAddedBesideARunningServerSyncsAtOnce(@TempDir Path directory) throws Exception {
        try (TestApp app = TestApp.onEmbeddedDatabase(directory, java.time.Clock.systemUTC())) {
            assertThat(run(app.environment, "fabrikam password\n", "company", "add", "Fabrikam", "--qbwc-user",
                    "fabrikam")).as(err()).isZero();

            String outcome = new SimulatedWebConnector(app.uri("/api/qbwc"), new SimulatedWebConnector.Latencies(),
                    QuickBooksFixtures.SMALL_MSP.withFile(new FakeQuickBooks.CompanyFile("Fabrikam Inc",
                            "C:\\Fabrikam.QBW", "", ""))).playSession("fabrikam", "fabrikam password");
            assertThat(outcome).startsWith("Sync complete");
        }
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

    @Test
    void aTokenIsAViewerUnlessItsRoleIsNamedAndTheListShowsEachOnesRole(@TempDir Path directory) {
        Map<String, String> env = TestApp.environment(directory);

        assertThat(run(env, "", "token", "create", "reader")).isZero();
        assertThat(out()).contains("'reader', viewer");
        assertThat(run(env, "", "token", "create", "boss", "--role", "admin")).isZero();
        assertThat(run(env, "", "token", "create", "rules", "--role", "Editor")).isZero();
        assertThat(run(env, "", "token", "create", "x", "--role", "owner")).isEqualTo(1);
        assertThat(err()).contains("--role: must be viewer, editor or admin");
        out.reset();

        assertThat(run(env, "", "token", "list")).isZero();
        assertThat(out().lines().filter(line -> line.matches("\\d+ .*")).map(line -> line.split(" +", 4)[2]))
                .containsExactly("viewer", "admin", "editor");
    }

    private static Document parse(Path qwc) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(qwc.toFile());
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagName(element).item(0).getTextContent();
    }
}
