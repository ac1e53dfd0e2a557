package dev.qbrsync.http;

import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.StrangerSummaries;
import dev.qbrsync.core.exchange.Authenticate;
import dev.qbrsync.core.exchange.AuthenticateResult;
import dev.qbrsync.core.exchange.internal.Login;
import dev.qbrsync.core.mapping.MappingRule;
import dev.qbrsync.core.testing.InMemoryCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.qbrsync.http.RunningServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The attacks of the security review, each played over HTTP against the whole core: each must fail, and the server
 * must go on serving. (The embedded database's attacks are in the app module's EmbeddedDatabaseSecurityTest.)
 */
@Isolated
class SecurityAttacksTest {
    private static final String NS = " xmlns=\"http://developer.intuit.com/\"";
    private static final String PROXY = "127.0.0.1/32";

    private final RunningServer server = new RunningServer(new HttpSettings("127.0.0.1", 0, "https://qbr.example.com",
            HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.empty(), List.of(Cidr.parse(PROXY)), List.of(), List.of()));

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> soapFrom(String clientAddress, String body) throws Exception {
        return server.soapFrom(clientAddress, body);
    }

    private String authenticate(String clientAddress, String user, String password) throws Exception {
        return server.authenticateFrom(clientAddress, user, password);
    }

    private void assertStillServing() throws Exception {
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/health"))).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/qbwc/status").statusCode()).isEqualTo(200);
    }

    @Test
    void aThousandHugeClientVersionsStoreOnlyAFewSmallBoundedAuditEntries() throws Exception {
        String huge = "9".repeat(100_000);
        for (int i = 0; i < 1_000; i++) {
            soapFrom("198.51.100.1", "<clientVersion" + NS + "><strVersion>" + huge + "</strVersion></clientVersion>");
        }

        List<AuditEvent> entries = server.core.audit.recent(1_000).stream()
                .filter(entry -> entry.sourceAddress().equals("198.51.100.1")).toList();
        assertThat(entries).as("the first few in full, the rest counted for a summary")
                .hasSize(StrangerSummaries.AUDITED_IN_FULL).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("qbwc.clientVersion");
            assertThat(entry.detail().length()).isLessThanOrEqualTo(AuditEvent.MAX_DETAIL);
            assertThat(entry.actor().length() + entry.sourceAddress().length()).isLessThan(200);
        });
        assertStillServing();
    }

    @Test
    void tenThousandDistinctFailedUserNamesKeepTheThrottleBounded() throws Exception {
        String padding = "u".repeat(2_000);
        for (int i = 0; i < 10_000; i++) {
            server.core.webConnector.authenticate(new dev.qbrsync.core.audit.Caller("203.0.113." + (i % 250)),
                    Authenticate.as(i + padding, "guess".toCharArray()));
        }
        for (int i = 0; i < 50; i++) {
            assertThat(authenticate("203.0.113.7", i + padding, "guess"))
                    .as("refused, and after %d refusals in a minute without checking",
                            Login.REFUSALS_PER_ADDRESS_AND_MINUTE)
                    .matches("\\|(nvu|busy)\\|.*");
        }

        assertThat(server.core.loginFailures.size()).isLessThanOrEqualTo(10_050);
        assertThat(authenticate("192.0.2.77", InMemoryCore.USER, InMemoryCore.PASSWORD)).matches("[^|]+\\|\\|.*");
        assertStillServing();
    }

    @Test
    void failedLoginsFromAnotherAddressBehindTheProxyNeverLockOutTheRealWebConnector() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertThat(authenticate("203.0.113.9", InMemoryCore.USER, "guess-" + i)).startsWith("|nvu|");
        }

        String answer = authenticate("192.0.2.77", InMemoryCore.USER, InMemoryCore.PASSWORD);

        assertThat(answer).matches("ticket-\\d+\\|\\|\\|300");
        assertThat(server.core.audit.recent(1).get(0).sourceAddress()).isEqualTo("192.0.2.77");
        assertThat(server.core.audit.recent(2).get(1).sourceAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void xForwardedForIsIgnoredFromAnUntrustedPeer() throws Exception {
        try (RunningServer direct = new RunningServer()) {
            direct.send(HttpRequest.newBuilder(direct.uri(HttpServer.SOAP_PATH))
                    .header("Content-Type", "text/xml").header("X-Forwarded-For", "192.0.2.77")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope("<serverVersion" + NS + "/>"))));

            assertThat(direct.core.audit.recent(1).get(0).sourceAddress()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void fiftyConcurrentBadLoginsNeitherStarveARunningSyncNorRunMoreThanOnePasswordCheckAtOnce() throws Exception {
        String ticket = authenticate("192.0.2.77", InMemoryCore.USER, InMemoryCore.PASSWORD).split("\\|")[0];
        server.core.passwords.slowedBy(Duration.ofMillis(100));
        ExecutorService attackers = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String address = "203.0.113." + i;
                attempts.add(attackers.submit(() -> authenticate(address, InMemoryCore.USER, "guess")));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                String request = soapFrom("192.0.2.77", "<sendRequestXML" + NS + "><ticket>" + ticket + "</ticket>"
                        + "<strHCPResponse/><strCompanyFileName/><qbXMLCountry>US</qbXMLCountry>"
                        + "<qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers></sendRequestXML>")
                                .body();
                assertThat(request).contains("sendRequestXMLResult");
            });
            List<String> answers = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                answers.add(attempt.get());
            }
            assertThat(answers).allMatch(answer -> answer.startsWith("|nvu|") || answer.startsWith("|busy|"));
            assertThat(server.core.passwords.mostConcurrentChecks()).isEqualTo(1);
        } finally {
            attackers.shutdownNow();
            server.core.passwords.slowedBy(Duration.ZERO);
        }
        assertStillServing();
    }

    @Test
    void aCatastrophicRegexRuleIsRefusedAtOnceAndTheServerKeepsServing() throws Exception {
        HttpResponse<String> refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                server.json("POST", "/api/qbwc/mappings",
                        "{\"pattern\":\"(.*){1,32000}#\",\"matchType\":\"regex\",\"metric\":\"mrr\"}"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"pattern\"").contains("too costly");
        assertThat(server.core.mappings.rulesFor(InMemoryCore.COMPANY)).extracting(MappingRule::pattern)
                .doesNotContain("(.*){1,32000}#");
        assertStillServing();
    }

    @Test
    void aThrottledAttemptIsRefusedWithoutSpendingAPasswordCheck() {
        dev.qbrsync.core.audit.Caller attacker = new dev.qbrsync.core.audit.Caller("203.0.113.50");
        for (int i = 0; i < 3; i++) {
            server.core.webConnector.authenticate(attacker, Authenticate.as(InMemoryCore.USER, "guess".toCharArray()));
        }
        server.core.passwords.slowedBy(Duration.ofSeconds(30));
        try {
            AuthenticateResult refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                    server.core.webConnector.authenticate(attacker, Authenticate.as(InMemoryCore.USER,
                            "guess".toCharArray())));
            assertThat(refused.status()).isEqualTo(AuthenticateResult.NOT_VALID_USER);
        } finally {
            server.core.passwords.slowedBy(Duration.ZERO);
        }
    }
}
