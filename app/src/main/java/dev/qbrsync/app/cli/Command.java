package dev.qbrsync.app.cli;

import java.util.List;

/** One command-line command. */
public interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full --help text. */
    String usage();

    /** Runs the command; the result is the process exit code. */
    int run(List<String> arguments, Console console);
}
