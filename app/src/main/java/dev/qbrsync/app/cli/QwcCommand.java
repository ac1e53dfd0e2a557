package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.CompositionRoot;
import dev.qbrsync.app.QwcFile;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.InvalidInputException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

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
        URI url = URI.create(config.http().publicUrl());
        boolean localhost = "localhost".equalsIgnoreCase(url.getHost());
        if (!"https".equalsIgnoreCase(url.getScheme()) && !localhost) {
            console.err().println("QBR_PUBLIC_URL is " + config.http().publicUrl() + ": the Web Connector requires https "
                    + "for every host but localhost (QBWC1051). Set QBR_PUBLIC_URL=https://your.host");
            return 2;
        }
        if (url.getHost() != null && url.getHost().matches("[0-9.]+|\\[.*]")) {
            console.err().println("QBR_PUBLIC_URL must use a host name, not an IP address: the Web Connector refuses "
                    + "IP addresses in AppURL.");
            return 2;
        }
        Path out = Path.of(args.option("--out", "qbr-sync.qwc"));
        int minutes = args.number("--minutes", 60);
        try (CompositionRoot root = new CompositionRoot(config, Clock.systemUTC())) {
            root.adoptConfiguredLogin();
            Company company = root.companyAdministration()
                    .resolve(args.option("--company", CompositionRoot.DEFAULT_COMPANY));
            if (!company.hasWebConnectorUser()) {
                console.err().println("Company " + company.id() + " '" + company.name() + "' has no Web Connector user: "
                        + "set QBWC_USERNAME and QBWC_PASSWORD_HASH for it, or give it one with 'qbr-sync company add "
                        + "NAME --organization " + company.id() + " --qbwc-user USER'.");
                return 1;
            }
            Files.writeString(out, QwcFile.render(config.http().publicUrl(), company, root.ownerId(), minutes));
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
