package dev.qbrsync.core.exchange;

import java.util.Objects;
import java.util.Optional;

/**
 * authenticate's answer: the ticket, the status ({@code ""} use the open company file, a company file path,
 * {@code none}, {@code nvu} or {@code busy}), and optional postpone and minimum-run-every seconds.
 */
public record AuthenticateResult(String ticket, String status, Integer postponeSeconds, Integer minimumRunEverySeconds) {
    public static final String USE_OPEN_COMPANY_FILE = "";
    public static final String NOTHING_TO_DO = "none";
    public static final String NOT_VALID_USER = "nvu";
    public static final String BUSY = "busy";

    public AuthenticateResult {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(status, "status");
    }

    public Optional<Integer> postpone() {
        return Optional.ofNullable(postponeSeconds);
    }

    public Optional<Integer> minimumRunEvery() {
        return Optional.ofNullable(minimumRunEverySeconds);
    }
}
