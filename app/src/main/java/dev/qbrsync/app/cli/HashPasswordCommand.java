package dev.qbrsync.app.cli;

import dev.qbrsync.app.BcryptCredentialVerifier;

import java.util.Arrays;
import java.util.List;

/** Prints the bcrypt hash of a password for QBWC_PASSWORD_HASH; the password is never echoed or stored. */
public final class HashPasswordCommand implements Command {
    private static final int MINIMUM_LENGTH = 8;

    @Override
    public String name() {
        return "hash-password";
    }

    @Override
    public String summary() {
        return "print the bcrypt hash of the Web Connector password (for QBWC_PASSWORD_HASH)";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync hash-password

                Reads the Web Connector password without echo (or one line from standard input when piped) and
                prints its bcrypt hash. Put the hash in QBWC_PASSWORD_HASH; type the password itself into the
                Web Connector when you add the .qwc file.
                  echo 'my long password' | java -jar app/target/qbr-sync.jar hash-password""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        char[] password = console.readSecret("Web Connector password: ");
        if (password == null || password.length < MINIMUM_LENGTH) {
            console.err().println("The password must have at least " + MINIMUM_LENGTH + " characters.");
            return 2;
        }
        if (console.interactive()) {
            char[] again = console.readSecret("Again: ");
            boolean same = Arrays.equals(password, again);
            Arrays.fill(again, '\0');
            if (!same) {
                console.err().println("The two passwords differ.");
                return 2;
            }
        }
        console.out().println(BcryptCredentialVerifier.hash(password));
        Arrays.fill(password, '\0');
        return 0;
    }
}
