package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.CompositionRoot;
import dev.qbrsync.core.company.Company;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.CompanyScope;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;

import java.time.Clock;
import java.util.List;

/** Adds and changes the QuickBooks companies this installation syncs; safe to run beside a running server. */
public final class CompanyCommand implements Command {

    @Override
    public String name() {
        return "company";
    }

    @Override
    public String summary() {
        return "add, list, rename, disable or re-bind QuickBooks companies and set their Web Connector passwords";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync company ACTION ...

                  add NAME --qbwc-user USER [--organization ID]
                                   add a company (a new organization of the dashboard, or the existing one with
                                   that id) synced by the Web Connector user USER; the password is asked for
                  list             every company: id, name, Web Connector user, state, the file it is bound to
                  rename COMPANY NEW-NAME
                  password COMPANY set a new Web Connector password (asked for)
                  disable COMPANY  refuse its Web Connector logins; its data is kept
                  enable COMPANY   accept them again
                  rebind COMPANY   forget the company file it is bound to (after the file moved); its next
                                   successful sync binds it again
                COMPANY is a company's id or name. The password is typed without echo, or read as one line from
                standard input when piped:  echo 'a long password' | qbr-sync company password Acme
                Then write the company's .qwc with: qbr-sync qwc --company COMPANY""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Arguments args = new Arguments(arguments);
        String action = args.positional(0, "an action: add, list, rename, password, disable, enable or rebind");
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(console.environment()), Clock.systemUTC())) {
            CompanyAdministration companies = root.administration().companyAdministration();
            Requester cli = Requester.commandLine();
            switch (action) {
                case "add" -> add(companies, args, console);
                case "list" -> list(companies.list(CompanyScope.every()), console);
                case "rename" -> report(console, "Renamed", companies.rename(cli, company(companies, args).id(),
                        args.positional(2, "the new name")));
                case "password" -> changePassword(companies, company(companies, args), console);
                case "disable" -> report(console, "Disabled (logins refused, data kept)",
                        companies.setDisabled(cli, company(companies, args).id(), true));
                case "enable" -> report(console, "Enabled", companies.setDisabled(cli, company(companies, args).id(),
                        false));
                case "rebind" -> report(console, "Unbound; its next successful sync binds it to the file then open",
                        companies.rebind(cli, company(companies, args).id()));
                default -> throw new UsageException("unknown action '" + action + "'");
            }
            return 0;
        } catch (InvalidInputException | UnknownCompanyException e) {
            console.err().println(e.getMessage());
            return 1;
        }
    }

    private static void add(CompanyAdministration companies, Arguments args, Console console) {
        String name = args.positional(1, "the company's name");
        String user = args.option("--qbwc-user", null);
        if (user == null) {
            throw new UsageException("--qbwc-user is required: every company has its own Web Connector user");
        }
        String organization = args.option("--organization", null);
        char[] password = NewPassword.read(console);
        try {
            Company company = organization == null
                    ? companies.add(Requester.commandLine(), name, user, password)
                    : companies.adopt(Requester.commandLine(), CompanyId.of(organization), user, password);
            report(console, "Added", company);
            console.out().println("Next: qbr-sync qwc --company " + company.id() + " --out '" + company.name()
                    + ".qwc', then add that file in the Web Connector with the company's file open.");
        } finally {
            NewPassword.wipe(password);
        }
    }

    private static void changePassword(CompanyAdministration companies, Company company, Console console) {
        char[] password = NewPassword.read(console);
        try {
            report(console, "Password changed", companies.changePassword(Requester.commandLine(), company.id(),
                    password));
        } finally {
            NewPassword.wipe(password);
        }
    }

    private static Company company(CompanyAdministration companies, Arguments args) {
        return companies.resolve(args.positional(1, "a company id or name"));
    }

    private static void list(List<Company> companies, Console console) {
        console.out().printf("%-6s %-32s %-20s %-9s %s%n", "ID", "NAME", "QBWC USER", "STATE", "BOUND TO");
        for (Company company : companies) {
            console.out().printf("%-6s %-32s %-20s %-9s %s%n", company.id(), company.name(),
                    company.hasWebConnectorUser() ? company.qbwcUser() : "-",
                    company.disabled() ? "disabled" : "enabled",
                    company.boundFile().map(file -> file.describe()).orElse("not yet (binds at its first sync)"));
        }
    }

    private static void report(Console console, String what, Company company) {
        console.out().println(what + ": company " + company.id() + " '" + company.name() + "'"
                + (company.hasWebConnectorUser() ? ", Web Connector user " + company.qbwcUser() : ""));
    }
}
