package dev.qbrsync.app.cli;

import dev.qbrsync.app.BcryptPasswords;

import java.util.List;

/** Prints the bcrypt hash of a password for QBWC_PASSWORD_HASH; the password is never echoed or stored. */
public final class HashPasswordCommand implements Command {
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
        char[] password = NewPassword.read(console);
        try {
            console.out().println(new BcryptPasswords().hash(password));
        } finally {
            NewPassword.wipe(password);
        }
        return 0;
    }
}
