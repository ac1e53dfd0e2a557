package dev.qbrsync.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Where a command reads and writes: the real terminal in production, strings in tests. */
public final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private final BufferedReader in;
    private final java.io.Console terminal;
    private final Map<String, String> environment;

    public Console(PrintStream out, PrintStream err, InputStream in, java.io.Console terminal,
                   Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.terminal = terminal;
        this.environment = environment;
    }

    public static Console system() {
        return new Console(System.out, System.err, System.in, System.console(), System.getenv());
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** A secret typed without echo on a terminal, or the next line of standard input when piped. */
    public char[] readSecret(String prompt) {
        if (terminal != null) {
            return terminal.readPassword("%s", prompt);
        }
        try {
            String line = in.readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean interactive() {
        return terminal != null;
    }
}
