package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.CompositionRoot;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.InvalidInputException;
import dev.qbrsync.http.soap.QwcFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Writes the .qwc file an admin adds to the Web Connector. */
public final class QwcCommand implements Command {

    @Override
    public String name() {
        return "qwc";
    }

    @Override
    public String summary() {
        return "write the .qwc file to add in the QuickBooks Web Connector";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync qwc [--company COMPANY] [--out FILE] [--minutes N]

                Writes a company's .qwc file for the Web Connector: AppURL <QBR_PUBLIC_URL>/api/qbwc, AppName
                "QBR Sync - <company>", the company's Web Connector user and FileID, the installation's OwnerID,
                IsReadOnly true, and a schedule.
                  --company C    the company's id or name (default: 1, the one QBWC_USERNAME syncs)
                  --out FILE     where to write it (default qbr-sync.qwc)
                  --minutes N    run every N minutes (default 60)
                QBWC accepts http only for localhost: set QBR_PUBLIC_URL to an https address otherwise.""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Arguments args = new Arguments(arguments);
        AppConfig config = AppConfig.from(console.environment());
        Optional<String> urlProblem = QwcFiles.problemWith(config.http().publicUrl());
        if (urlProblem.isPresent()) {
            console.err().println(urlProblem.get());
            return 2;
        }
        Path out = Path.of(args.option("--out", "qbr-sync.qwc"));
        int minutes = args.number("--minutes", QwcFiles.DEFAULT_RUN_EVERY_MINUTES);
        try (CompositionRoot root = new CompositionRoot(config, Clock.systemUTC())) {
            root.administration().adoptConfiguredLogin();
            Company company = root.administration().companyAdministration()
                    .resolve(args.option("--company", CompositionRoot.DEFAULT_COMPANY.value()));
            if (!company.hasWebConnectorUser()) {
                console.err().println("Company " + company.id() + " '" + company.name() + "' has no Web Connector user: "
                        + "set QBWC_USERNAME and QBWC_PASSWORD_HASH for it, or give it one with 'qbr-sync company add "
                        + "NAME --organization " + company.id() + " --qbwc-user USER'.");
                return 1;
            }
            Files.writeString(out, root.administration().qwcFiles().render(company, minutes));
            console.out().println("Wrote " + out.toAbsolutePath() + " for company " + company.id() + " '"
                    + company.name() + "'. Open that company's file in QuickBooks, add the .qwc in the Web Connector "
                    + "(Add an application) and type the company's Web Connector password.");
            return 0;
        } catch (IOException e) {
            console.err().println("Could not write " + out + ": " + e.getMessage());
            return 1;
        } catch (UnknownCompanyException | InvalidInputException e) {
            console.err().println(e.getMessage());
            return 1;
        }
    }
}
