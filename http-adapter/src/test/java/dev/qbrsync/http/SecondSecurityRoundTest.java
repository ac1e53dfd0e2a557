package dev.qbrsync.http;

import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.audit.AuditEvent;
import dev.qbrsync.core.audit.AuditOutcome;
import dev.qbrsync.core.audit.StrangerSummaries;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The attacks of the second security review that go over HTTP, each played against the whole in-memory core. */
@Isolated
class SecondSecurityRoundTest {
    private static final String NS = " xmlns=\"http://developer.intuit.com/\"";
    private static final String WEB_CONNECTOR = "192.0.2.77";

    private final RunningServer server = RunningServer.behindTrustedProxy();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Logs the real Web Connector in and closes its session again; returns authenticate's answer. */
    private String realWebConnectorLogsIn() throws Exception {
        String answer = server.authenticateFrom(WEB_CONNECTOR, InMemoryCore.USER, InMemoryCore.PASSWORD);
        String ticket = answer.split("\\|")[0];
        if (!ticket.isEmpty()) {
            server.soapFrom(WEB_CONNECTOR, "<closeConnection" + NS + "><ticket>" + ticket + "</ticket></closeConnection>");
        }
        return answer;
    }

    /** Runs {@code flooders} threads sending logins with new user names from {@code addressOf(thread)} until stopped. */
    private AtomicBoolean flood(ExecutorService pool, int flooders, IntFunction<String> addressOf,
                                AtomicInteger sent) {
        AtomicBoolean stop = new AtomicBoolean();
        for (int i = 0; i < flooders; i++) {
            String address = addressOf.apply(i);
            int flooder = i;
            pool.submit(() -> {
                while (!stop.get()) {
                    server.authenticateFrom(address, "stranger-" + flooder + "-" + sent.incrementAndGet(), "guess");
                }
                return null;
            });
        }
        return stop;
    }

    private void loginsDuringFlood(int flooders, IntFunction<String> addressOf) throws Exception {
        server.core.passwords.slowedBy(Duration.ofMillis(50));
        ExecutorService pool = Executors.newFixedThreadPool(flooders);
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean stop = flood(pool, flooders, addressOf, sent);
        try {
            while (sent.get() < 2 * flooders) {
                Thread.sleep(20);
            }
            for (int i = 0; i < 5; i++) {
                assertThat(realWebConnectorLogsIn()).as("login %d during the flood", i).matches("[^|]+\\|.*");
            }
            assertThat(sent.get()).as("the flood was still going").isGreaterThan(2 * flooders);
        } finally {
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            server.core.passwords.slowedBy(Duration.ZERO);
        }
    }

    @Test
    void fiftyConnectionsFromOneAddressWithNewUserNamesNeverLockOutTheRealWebConnector() throws Exception {
        loginsDuringFlood(50, flooder -> "203.0.113.66");
    }

    @Test
    void aWebConnectorThatLoggedInBeforeKeepsALaneOfItsOwnDuringAFloodFromFiftyAddresses() throws Exception {
        assertThat(realWebConnectorLogsIn()).matches("[^|]+\\|.*");

        loginsDuringFlood(50, flooder -> "203.0.113." + flooder);
    }

    @Test
    void refusedLoginsFromOneAddressAreRateLimitedAndAuditedAsOneSummaryPerMinute() throws Exception {
        int auditedBefore = server.core.audit.recent(10_000).size();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < Login.REFUSALS_PER_ADDRESS_AND_MINUTE + 40; i++) {
            answers.add(server.authenticateFrom("203.0.113.5", "stranger-" + i, "guess"));
        }

        assertThat(answers.subList(0, Login.REFUSALS_PER_ADDRESS_AND_MINUTE)).allMatch(a -> a.startsWith("|nvu|"));
        assertThat(answers.subList(Login.REFUSALS_PER_ADDRESS_AND_MINUTE, answers.size()))
                .allMatch(answer -> answer.startsWith("|busy|60|"));
        assertThat(server.core.audit.recent(10_000)).hasSize(auditedBefore + StrangerSummaries.AUDITED_IN_FULL);

        server.clock.advance(Duration.ofMinutes(1));
        assertThat(realWebConnectorLogsIn()).matches("[^|]+\\|.*");
        List<AuditEvent> summaries = server.core.audit.recent(10_000).stream()
                .filter(event -> event.sourceAddress().equals("203.0.113.5")).toList();
        assertThat(summaries).hasSize(StrangerSummaries.AUDITED_IN_FULL + 1)
                .allMatch(event -> event.outcome() == AuditOutcome.DENIED);
        assertThat(summaries.get(0).detail()).startsWith((Login.REFUSALS_PER_ADDRESS_AND_MINUTE + 40
                - StrangerSummaries.AUDITED_IN_FULL) + " more refusals of qbwc.authenticate");
    }

    private HttpResponse<String> signIn(String address, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(HttpServer.SIGN_IN_PATH))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
    }

    @Test
    void badSignInsAreRateLimitedPerAddressWith429AndAuditedAsASummary() throws Exception {
        int auditedBefore = server.core.audit.recent(10_000).size();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ApiAccessService.SIGN_IN_REFUSALS_PER_MINUTE + 30; i++) {
            statuses.add(signIn("203.0.113.8", "qbr_guess" + i).statusCode());
        }

        assertThat(statuses.subList(0, ApiAccessService.SIGN_IN_REFUSALS_PER_MINUTE)).containsOnly(401);
        assertThat(statuses.subList(ApiAccessService.SIGN_IN_REFUSALS_PER_MINUTE, statuses.size())).containsOnly(429);
        assertThat(server.core.audit.recent(10_000)).hasSize(auditedBefore + StrangerSummaries.AUDITED_IN_FULL);
        assertThat(signIn("192.0.2.9", server.token).statusCode()).as("another address signs in").isEqualTo(201);

        server.clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("203.0.113.8", server.token).statusCode()).isEqualTo(201);
        assertThat(server.core.audit.recent(10_000).stream()
                .filter(event -> event.sourceAddress().equals("203.0.113.8"))
                .filter(event -> event.detail().startsWith((ApiAccessService.SIGN_IN_REFUSALS_PER_MINUTE + 30
                        - StrangerSummaries.AUDITED_IN_FULL)
                        + " more refusals of web.sign-in"))).hasSize(1);
    }

    private HttpResponse<String> apiCall(String address, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", address));
    }

    @Test
    void badTokensOnApiCallsAreRateLimitedPerAddressWith429AndAuditedAsASummary() throws Exception {
        int auditedBefore = server.core.audit.recent(10_000).size();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < ApiAccessService.API_REFUSALS_PER_MINUTE + 200; i++) {
            answers.add(apiCall("203.0.113.9", "qbr_guess" + i));
        }

        assertThat(answers.subList(0, ApiAccessService.API_REFUSALS_PER_MINUTE))
                .extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(answers.subList(ApiAccessService.API_REFUSALS_PER_MINUTE, answers.size()))
                .allSatisfy(answer -> {
                    assertThat(answer.statusCode()).isEqualTo(429);
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                });
        assertThat(server.core.audit.recent(10_000)).hasSize(auditedBefore + StrangerSummaries.AUDITED_IN_FULL);
        assertThat(apiCall("192.0.2.9", server.token).statusCode()).as("a good token from another address")
                .isEqualTo(200);

        server.clock.advance(Duration.ofMinutes(1));
        assertThat(apiCall("203.0.113.9", server.token).statusCode()).isEqualTo(200);
        List<AuditEvent> fromFlooder = server.core.audit.recent(10_000).stream()
                .filter(event -> event.sourceAddress().equals("203.0.113.9")).toList();
        assertThat(fromFlooder.stream().filter(event -> event.outcome() == AuditOutcome.DENIED))
                .hasSize(StrangerSummaries.AUDITED_IN_FULL + 1)
                .allMatch(event -> event.action().equals(ApiAccessService.REFUSED_API_CALL));
        assertThat(fromFlooder).anyMatch(event -> event.detail().startsWith((ApiAccessService.API_REFUSALS_PER_MINUTE
                + 200 - StrangerSummaries.AUDITED_IN_FULL) + " more refusals of " + ApiAccessService.REFUSED_API_CALL));
    }

    @Test
    void everyCallAStrangerCanMakeAddsAtMostAFewAuditRowsPerAddressAndMinute() throws Exception {
        String stranger = "203.0.113.10";
        int calls = 60;
        List<Integer> browserAnswers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            server.soapFrom(stranger, "<serverVersion" + NS + "/>");
            server.soapFrom(stranger, "<clientVersion" + NS + "><strVersion>2.3.0." + i + "</strVersion></clientVersion>");
            server.soapFrom(stranger, "<sendRequestXML" + NS + "><ticket>forged-" + i + "</ticket></sendRequestXML>");
            server.soapFrom(stranger, "<getLastError" + NS + "><ticket>forged-" + i + "</ticket></getLastError>");
            server.soapFrom(stranger, "<closeConnection" + NS + "><ticket>forged-" + i + "</ticket></closeConnection>");
            server.soapFrom(stranger, "<notAnOperation" + NS + "/>");
            browserAnswers.add(server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/status/" + i))
                    .header("Cookie", "qbr_session=forged-" + i).header("X-Forwarded-For", stranger)).statusCode());
        }

        List<AuditEvent> rows = server.core.audit.recent(100_000).stream()
                .filter(event -> event.sourceAddress().equals(stranger)).toList();
        assertThat(rows.stream().map(AuditEvent::action).distinct()).as("the kinds of call sent").hasSize(7);
        assertThat(rows.stream().collect(Collectors.groupingBy(AuditEvent::action,
                Collectors.counting()))).allSatisfy((action, count) -> assertThat(count).as(action)
                .isEqualTo(StrangerSummaries.AUDITED_IN_FULL));
        assertThat(browserAnswers.subList(0, ApiAccessService.API_REFUSALS_PER_MINUTE)).containsOnly(401);
        assertThat(browserAnswers.subList(ApiAccessService.API_REFUSALS_PER_MINUTE, calls)).containsOnly(429);

        server.clock.advance(Duration.ofMinutes(1));
        server.soapFrom(stranger, "<serverVersion" + NS + "/>");
        assertThat(server.core.audit.recent(100_000)).filteredOn(event -> event.sourceAddress().equals(stranger))
                .extracting(AuditEvent::detail)
                .anyMatch(detail -> detail.startsWith((calls - StrangerSummaries.AUDITED_IN_FULL)
                        + " more answered calls of qbwc.serverVersion"))
                .anyMatch(detail -> detail.startsWith((calls - StrangerSummaries.AUDITED_IN_FULL)
                        + " more refusals of qbwc.getLastError"));
    }

    @Test
    void addingACompanyForAnOrganizationThatHasOneIsA409AndLeavesItsLoginAlone() throws Exception {
        HttpResponse<String> takeover = server.json("POST", "/api/qbwc/companies", "{\"organization\":\""
                + InMemoryCore.COMPANY + "\",\"qbwcUser\":\"intruder\",\"password\":\"intruder password\"}");

        assertThat(takeover.statusCode()).isEqualTo(409);
        assertThat(takeover.body()).contains("\"field\":\"organization\"");
        assertThat(realWebConnectorLogsIn()).matches("[^|]+\\|.*");
        assertThat(server.core.audit.recent(10_000)).anyMatch(event -> event.action().equals(
                "api POST /api/qbwc/companies") && event.outcome() == AuditOutcome.FAILURE);
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsA400NamingItWhenSet() throws Exception {
        String longPassword = "é".repeat(40);
        HttpResponse<String> added = server.json("POST", "/api/qbwc/companies",
                "{\"name\":\"Acme\",\"qbwcUser\":\"acme\",\"password\":\"" + longPassword + "\"}");
        HttpResponse<String> changed = server.json("PATCH", "/api/qbwc/companies/" + InMemoryCore.COMPANY,
                "{\"password\":\"" + longPassword + "\"}");

        for (HttpResponse<String> response : List.of(added, changed)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"password\"").contains("72 bytes");
        }
        assertThat(realWebConnectorLogsIn()).matches("[^|]+\\|.*");
    }

    @Test
    void aMethodOverrideHeaderIsRefusedAndChangesNothing() throws Exception {
        long ruleId = server.core.mappings.rulesFor(InMemoryCore.COMPANY).get(0).id();
        HttpResponse<String> overridden = server.send(HttpRequest.newBuilder(server.uri("/api/qbwc/mappings/" + ruleId))
                .header("Authorization", "Bearer " + server.token).header("X-HTTP-Method-Override", "DELETE"));

        assertThat(overridden.statusCode()).isEqualTo(400);
        assertThat(overridden.body()).contains("\"field\":\"X-HTTP-Method-Override\"");
        assertThat(overridden.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(server.core.mappings.rulesFor(InMemoryCore.COMPANY)).extracting(MappingRule::id).contains(ruleId);
    }
}
