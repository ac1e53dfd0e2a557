package dev.qbrsync.app.cli;

import dev.qbrsync.app.AppConfig;
import dev.qbrsync.app.CompositionRoot;
import dev.qbrsync.core.access.AccessKey;
import dev.qbrsync.core.access.ApiAccess;
import dev.qbrsync.core.access.ApiAccessService;
import dev.qbrsync.core.access.Role;
import dev.qbrsync.core.company.CompanyAdministration.Requester;
import dev.qbrsync.core.company.CompanyAdministration;
import dev.qbrsync.core.company.UnknownCompanyException;
import dev.qbrsync.core.qbr.CompanyId;
import dev.qbrsync.core.qbr.InvalidInputException;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Creates, lists and revokes REST API tokens. */
public final class TokenCommand implements Command {

    @Override
    public String name() {
        return "token";
    }

    @Override
    public String summary() {
        return "create, list or revoke REST API tokens";
    }

    @Override
    public String usage() {
        return """
                Usage: qbr-sync token create NAME [--role viewer|editor|admin] [--company COMPANY]...
                       | token list | token revoke ID

                  create NAME   issue a token; its secret is printed once and stored only as a hash.
                                --role: viewer (the default) reads; editor also changes rules and asks for resyncs;
                                admin also manages companies, Web Connector passwords, .qwc files and tokens.
                                With --company (a company's id or name, repeatable) it may act only on those
                                companies, and on no rule they share; without, on every company
                  list          show every token: id, name, role, companies, created, revoked
                  revoke ID     revoke a token at once""";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Arguments args = new Arguments(arguments);
        String action = args.positional(0, "an action: create, list or revoke");
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(console.environment()), Clock.systemUTC())) {
            ApiAccessService tokens = root.administration().apiAccess();
            return switch (action) {
                case "create" -> create(tokens, args.positional(1, "a token name"),
                        Role.of(args.option("--role", Role.DEFAULT.key()), "--role"),
                        companies(root.administration().companyAdministration(), args.options("--company")), console);
                case "list" -> list(tokens.list(), console);
                case "revoke" -> revoke(tokens, args.positional(1, "a token id"), console);
                default -> throw new UsageException("unknown action '" + action + "'; use create, list or revoke");
            };
        } catch (UnknownCompanyException | InvalidInputException e) {
            console.err().println(e.getMessage());
            return 1;
        }
    }

    private static Set<CompanyId> companies(CompanyAdministration administration, List<String> named) {
        Set<CompanyId> ids = new TreeSet<>();
        for (String company : named) {
            ids.add(administration.resolve(company).id());
        }
        return ids;
    }

    private static int create(ApiAccess tokens, String name, Role role, Set<CompanyId> companies, Console console) {
        ApiAccess.IssuedKey issued = tokens.create(Requester.commandLine(), name, role, companies);
        console.out().println("Token #" + issued.token().id() + " '" + issued.token().name() + "', " + role.key()
                + " (shown once, keep it safe):");
        console.out().println(issued.secret());
        return 0;
    }

    private static int list(List<AccessKey> tokens, Console console) {
        console.out().printf("%-6s %-30s %-7s %-16s %-25s %s%n", "ID", "NAME", "ROLE", "COMPANIES", "CREATED",
                "REVOKED");
        for (AccessKey token : tokens) {
            console.out().printf("%-6d %-30s %-7s %-16s %-25s %s%n", token.id(), token.name(), token.role().key(),
                    token.companies().isEmpty() ? "all" : token.companies().stream().sorted().map(CompanyId::value)
                            .collect(Collectors.joining(",")),
                    token.createdAt(), token.revoked().map(Object::toString).orElse("-"));
        }
        return 0;
    }

    private static int revoke(ApiAccess tokens, String id, Console console) {
        long tokenId;
        try {
            tokenId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UsageException("'" + id + "' is not a token id");
        }
        if (!tokens.revoke(tokenId)) {
            console.err().println("No active token #" + tokenId + ".");
            return 1;
        }
        console.out().println("Token #" + tokenId + " revoked.");
        return 0;
    }
}
