package dev.qbrsync.core.session;

import dev.qbrsync.core.company.FileIdentity;
import dev.qbrsync.core.plan.SyncPlan;
import dev.qbrsync.core.plan.SyncTask;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.quickbooks.QbxmlTarget;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every state of a Web Connector session against every transition: where it leads, or that it is refused. */
class SessionStateMachineTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final QbxmlTarget TARGET = new QbxmlTarget(new QbxmlVersion(13, 0), QbxmlTarget.Country.US);
    private static final SyncPlan TWO_TASKS = SyncPlan.oneRoundEach(List.of(
            new SyncTask.ProfitAndLoss(YearMonth.of(2026, 1), YearMonth.of(2026, 2)), new SyncTask.EmployeeList()));

    /** A session of a plan of two round trips brought into the given state the way a conversation would. */
    private static WebConnectorSession in(SessionState state) {
        SyncPlan plan = state == SessionState.NOTHING_TO_DO ? SyncPlan.empty() : TWO_TASKS;
        WebConnectorSession session = WebConnectorSession.start(UUID.randomUUID(), new Ticket("t"), CompanyId.of("1"), "qbwc", plan,
                NOW);
        return switch (state) {
            case AUTHENTICATED, NOTHING_TO_DO -> session;
            case AWAITING_RESPONSE -> session.awaitResponse(TARGET, new FileIdentity("Acme", "", "C:\\Acme.QBW"), NOW);
            case COMPLETED -> session.awaitResponse(TARGET, FileIdentity.UNKNOWN, NOW).advance(NOW)
                    .awaitResponse(TARGET, FileIdentity.UNKNOWN, NOW).advance(NOW);
            case FAILED -> session.fail("QuickBooks is not running", NOW);
            case CLOSED -> session.close(NOW);
        };
    }

    private static final java.util.Map<String, String> DESCRIBED = java.util.Map.of("awaitResponse",
            "await a response", "receiving", "receive a response", "retryConnection", "retry the connection",
            "abandon", "be abandoned");

    private static UnaryOperator<WebConnectorSession> transition(String name) {
        return switch (name) {
            case "awaitResponse" -> session -> session.awaitResponse(TARGET, FileIdentity.UNKNOWN,
                    NOW.plusSeconds(1));
            case "receiving" -> session -> session.receiving(NOW.plusSeconds(1));
            case "retryConnection" -> session -> session.retryConnection(NOW.plusSeconds(1));
            case "advance" -> session -> session.advance(NOW.plusSeconds(1));
            case "fail" -> session -> session.fail("boom", NOW.plusSeconds(1));
            case "close" -> session -> session.close(NOW.plusSeconds(1));
            case "abandon" -> session -> session.abandon("its instance is gone", NOW.plusSeconds(1));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "AUTHENTICATED,     receiving,     refused",
            "AUTHENTICATED,     retryConnection, AUTHENTICATED",
            "AUTHENTICATED,     awaitResponse, AWAITING_RESPONSE",
            "AUTHENTICATED,     advance,       refused",
            "AUTHENTICATED,     fail,          FAILED",
            "AUTHENTICATED,     close,         CLOSED",
            "AWAITING_RESPONSE, receiving,     AWAITING_RESPONSE",
            "AWAITING_RESPONSE, retryConnection, refused",
            "AUTHENTICATED,     abandon,       CLOSED",
            "AWAITING_RESPONSE, awaitResponse, refused",
            "AWAITING_RESPONSE, advance,       AUTHENTICATED",
            "AWAITING_RESPONSE, fail,          FAILED",
            "AWAITING_RESPONSE, close,         CLOSED",
            "COMPLETED,         receiving,     refused",
            "COMPLETED,         retryConnection, refused",
            "AWAITING_RESPONSE, abandon,       CLOSED",
            "COMPLETED,         awaitResponse, refused",
            "COMPLETED,         advance,       refused",
            "COMPLETED,         fail,          FAILED",
            "COMPLETED,         close,         CLOSED",
            "FAILED,            receiving,     refused",
            "FAILED,            retryConnection, refused",
            "COMPLETED,         abandon,       CLOSED",
            "FAILED,            awaitResponse, refused",
            "FAILED,            advance,       refused",
            "FAILED,            fail,          FAILED",
            "FAILED,            close,         CLOSED",
            "NOTHING_TO_DO,     receiving,     refused",
            "NOTHING_TO_DO,     retryConnection, refused",
            "FAILED,            abandon,       CLOSED",
            "NOTHING_TO_DO,     awaitResponse, refused",
            "NOTHING_TO_DO,     advance,       refused",
            "NOTHING_TO_DO,     fail,          refused",
            "NOTHING_TO_DO,     close,         CLOSED",
            "NOTHING_TO_DO,     abandon,       refused",
            "CLOSED,            awaitResponse, refused",
            "CLOSED,            advance,       refused",
            "CLOSED,            fail,          refused",
            "CLOSED,            close,         refused",
            "CLOSED,            receiving,     refused",
            "CLOSED,            retryConnection, refused",
            "CLOSED,            abandon,       refused"})
    void everyStateAndTransition(SessionState from, String name, String expected) {
        WebConnectorSession session = in(from);
        assertThat(session.state()).isEqualTo(from);

        if (expected.equals("refused")) {
            assertThatThrownBy(() -> transition(name).apply(session))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                        assertThat(refused.from()).isEqualTo(from);
                        assertThat(refused.transition()).isEqualTo(DESCRIBED.getOrDefault(name, name));
                    });
        } else {
            WebConnectorSession after = transition(name).apply(session);
            assertThat(after.state()).isEqualTo(SessionState.valueOf(expected));
            assertThat(after.version()).isEqualTo(session.version() + 1);
            assertThat(after.lastActivityAt()).isEqualTo(NOW.plusSeconds(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AUTHENTICATED, true", "AWAITING_RESPONSE, true", "COMPLETED, true", "FAILED, true",
            "NOTHING_TO_DO, false", "CLOSED, false"})
    void onlyOpenSessionsWithWorkHoldTheirCompany(SessionState state, boolean holds) {
        assertThat(state.holdsCompany()).isEqualTo(holds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AUTHENTICATED, its instance is gone", "AWAITING_RESPONSE, its instance is gone",
            "COMPLETED, ''", "FAILED, QuickBooks is not running"})
    void anAbandonedSessionWithRequestsLeftSaysWhyAndOtherwiseKeepsItsError(SessionState state, String error) {
        WebConnectorSession abandoned = in(state).abandon("its instance is gone", NOW);

        assertThat(abandoned.lastError()).isEqualTo(error);
        assertThat(abandoned.succeeded()).isEqualTo(state == SessionState.COMPLETED);
    }

    @org.junit.jupiter.api.Test
    void advancingThroughThePlanCountsProgressAndCompletesAfterTheLastTask() {
        WebConnectorSession first = in(SessionState.AWAITING_RESPONSE).advance(NOW);
        assertThat(first.progress()).isEqualTo(50);
        assertThat(first.currentRound()).contains(List.of(new SyncTask.EmployeeList()));

        WebConnectorSession done = first.awaitResponse(TARGET, new FileIdentity("Other", "", "D:\\Other.QBW"), NOW)
                .advance(NOW);
        assertThat(done.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.openFile().filePath()).as("the first file reported stays").isEqualTo("C:\\Acme.QBW");
    }
}
