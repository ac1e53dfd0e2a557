package dev.qbrsync.app.cli;

import dev.qbrsync.core.company.WebConnectorPassword;

import java.util.Arrays;
import java.util.Optional;

/**
 * A new Web Connector password: typed twice without echo on a terminal, or one line of standard input when piped.
 * Never taken from the command line, where it would land in the shell history and the process list.
 */
final class NewPassword {

    private NewPassword() {
    }

    /** The password; the caller wipes it. */
    static char[] read(Console console) {
        char[] password = console.readSecret("Web Connector password: ");
        Optional<String> problem = WebConnectorPassword.problem(password);
        if (problem.isPresent()) {
            wipe(password);
            throw new UsageException("the password " + problem.get());
        }
        if (console.interactive()) {
            char[] again = console.readSecret("Again: ");
            boolean same = Arrays.equals(password, again);
            wipe(again);
            if (!same) {
                wipe(password);
                throw new UsageException("the two passwords differ");
            }
        }
        return password;
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
