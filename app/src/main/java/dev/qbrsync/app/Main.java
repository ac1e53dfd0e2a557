package dev.qbrsync.app;

import dev.qbrsync.app.cli.BackupCommand;
import dev.qbrsync.app.cli.ClassArchiveCommand;
import dev.qbrsync.app.cli.Command;
import dev.qbrsync.app.cli.CompanyCommand;
import dev.qbrsync.app.cli.Console;
import dev.qbrsync.app.cli.HashPasswordCommand;
import dev.qbrsync.app.cli.MigrateCommand;
import dev.qbrsync.app.cli.QwcCommand;
import dev.qbrsync.app.cli.RestoreCommand;
import dev.qbrsync.app.cli.ServeCommand;
import dev.qbrsync.app.cli.TokenCommand;
import dev.qbrsync.app.cli.UsageException;
import dev.qbrsync.app.cli.VerifyCommand;
import dev.qbrsync.embeddedpostgres.DataDirectoryVersionException;

import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar qbr-sync.jar [command] [--help]}: serve (the default), hash-password, qwc, company, token, migrate,
 * backup, restore, verify, class-archive.
 */
public final class Main {
    private static final List<Command> COMMANDS = List.of(new ServeCommand(), new HashPasswordCommand(),
            new QwcCommand(), new CompanyCommand(), new TokenCommand(), new MigrateCommand(), new BackupCommand(),
            new RestoreCommand(), new VerifyCommand(), new ClassArchiveCommand());

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(List.of(args), Console.system());
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(List<String> args, Console console) {
        if (!args.isEmpty() && List.of("--help", "-h", "help").contains(args.get(0))) {
            console.out().println(overview());
            return 0;
        }
        String name = args.isEmpty() || args.get(0).startsWith("-") ? "serve" : args.get(0);
        List<String> rest = args.isEmpty() || args.get(0).startsWith("-") ? args : args.subList(1, args.size());
        Optional<Command> command = COMMANDS.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            console.err().println("Unknown command '" + name + "'.\n\n" + overview());
            return 2;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            console.out().println(command.get().usage());
            return 0;
        }
        try {
            return command.get().run(rest, console);
        } catch (UsageException e) {
            console.err().println(e.getMessage() + "\n\n" + command.get().usage());
            return 2;
        } catch (ConfigurationException e) {
            console.err().println("Configuration error: " + e.getMessage());
            return 2;
        } catch (DataDirectoryVersionException e) {
            console.err().println(UpgradeInstructions.of(e));
            return 1;
        }
    }

    private static String overview() {
        StringBuilder text = new StringBuilder("Usage: java -jar qbr-sync.jar [command] [--help]\n\nCommands:\n");
        COMMANDS.forEach(command -> text.append(String.format("  %-14s %s%n", command.name(), command.summary())));
        return text.append("\nConfiguration comes from environment variables; see README.md.").toString();
    }
}
