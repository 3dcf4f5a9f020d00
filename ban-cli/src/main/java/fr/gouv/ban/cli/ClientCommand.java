package fr.gouv.ban.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.gouv.ban.domain.auth.Client;
import fr.gouv.ban.domain.auth.ClientStore;
import fr.gouv.ban.domain.auth.Scopes;
import fr.gouv.ban.domain.contributor.ContributorType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ban client ...}: the OAuth2 clients of contributors. */
@Command(
    name = "client",
    mixinStandardHelpOptions = true,
    description = "Create, list, disable, exempt and re-key the clients that get tokens.",
    subcommands = {
      ClientCommand.Create.class,
      ClientCommand.ListClients.class,
      ClientCommand.Disable.class,
      ClientCommand.Enable.class,
      ClientCommand.Exempt.class,
      ClientCommand.RotateSecret.class
    })
public class ClientCommand {
  static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules();

  /** Converts and checks contributor type names, listing the valid ones on a mistake. */
  static final class TypeConverter implements CommandLine.ITypeConverter<ContributorType> {
    @Override
    public ContributorType convert(String value) {
      return ContributorType.fromWire(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown contributor type '"
                          + value
                          + "'; known types: "
                          + java.util.Arrays.stream(ContributorType.values())
                              .map(ContributorType::wireName)
                              .toList()));
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create a client and print its client_id and secret. The secret is shown only now: the"
            + " database keeps a salted hash.",
        "The client gets exactly the contributor types and scopes given (a viewer token never"
            + " has scopes)."
      })
  static class Create implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "Display name, shown in created_by.")
    String name;

    @Option(
        names = "--contributor-type",
        required = true,
        paramLabel = "TYPE",
        arity = "1..*",
        split = ",",
        converter = TypeConverter.class,
        description =
            "One or more of: ign, laposte, dgfip, osm, sdis, municipal_administration,"
                + " admin, viewer.")
    List<ContributorType> types;

    @Option(
        names = "--scope",
        paramLabel = "SCOPE",
        arity = "1..*",
        split = ",",
        description = "Scopes, e.g. housenumber_write (see --all-write-scopes).")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--all-write-scopes", description = "Every <resource>_write scope.")
    boolean allWriteScopes;

    @Option(
        names = "--rate-limit-exempt",
        description = "Requests with this client's tokens are never rate-limited.")
    boolean exempt;

    @Option(names = "--json", description = "Print only {\"client_id\", \"client_secret\"}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Set<String> all = new TreeSet<>(scopes);
      if (allWriteScopes) {
        all.addAll(Scopes.known());
      }
      ClientStore.WithSecret created = new ClientStore(db.open()).create(name, types, all, exempt);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("client_id", created.client().clientId().toString());
        body.put("client_secret", created.secret());
        out.println(JSON.writeValueAsString(body));
      } else {
        describe(out, created.client());
        out.printf("%-18s %s%n", "client_secret", created.secret());
        out.println(
            "Store the secret now: it is not shown again ('client rotate-secret' makes a new one).");
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List every client.")
  static class ListClients implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<Client> clients = new ClientStore(db.open()).list();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Client c : clients) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("client_id", c.clientId().toString());
          row.put("name", c.name());
          row.put(
              "contributor_types",
              c.contributorTypes().stream().map(ContributorType::wireName).toList());
          row.put("scopes", c.scopes());
          row.put("enabled", c.enabled());
          row.put("rate_limit_exempt", c.rateLimitExempt());
          row.put("created_at", c.createdAt().toString());
          rows.add(row);
        }
        out.println(JSON.writeValueAsString(rows));
      } else if (clients.isEmpty()) {
        out.println("No clients yet: create one with 'bin/ban client create'.");
      } else {
        out.printf(
            "%-36s  %-8s  %-6s  %-24s  %-30s  %s%n",
            "CLIENT_ID", "ENABLED", "EXEMPT", "NAME", "CONTRIBUTOR_TYPES", "SCOPES");
        for (Client c : clients) {
          out.printf(
              "%-36s  %-8s  %-6s  %-24s  %-30s  %s%n",
              c.clientId(),
              c.enabled() ? "yes" : "no",
              c.rateLimitExempt() ? "yes" : "no",
              c.name(),
              String.join(
                  ",", c.contributorTypes().stream().map(ContributorType::wireName).toList()),
              String.join(",", c.scopes()));
        }
      }
      out.flush();
      return 0;
    }
  }

  /** A command on one client, named by its client_id. */
  abstract static class OnClient implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CLIENT_ID", description = "The client's client_id (a UUID).")
    UUID clientId;

    abstract boolean apply(ClientStore clients);

    abstract String done();

    @Override
    public Integer call() {
      if (!apply(new ClientStore(db.open()))) {
        throw new IllegalArgumentException(
            "no client with client_id " + clientId + " ('client list' shows them)");
      }
      spec.commandLine().getOut().println(done());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Refuse the client new tokens; its current tokens stop working within seconds.")
  static class Disable extends OnClient {
    @Override
    boolean apply(ClientStore clients) {
      return clients.setEnabled(clientId, false);
    }

    @Override
    String done() {
      return "Client " + clientId + " disabled.";
    }
  }

  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Enable a disabled client again.")
  static class Enable extends OnClient {
    @Override
    boolean apply(ClientStore clients) {
      return clients.setEnabled(clientId, true);
    }

    @Override
    String done() {
      return "Client " + clientId + " enabled.";
    }
  }

  @Command(
      name = "exempt",
      mixinStandardHelpOptions = true,
      description =
          "Lift the fair-use rate limit for requests carrying this client's tokens"
              + " (public-service missions); --revoke restores it.")
  static class Exempt extends OnClient {
    @Option(names = "--revoke", description = "Subject the client to the limit again.")
    boolean revoke;

    @Override
    boolean apply(ClientStore clients) {
      return clients.setRateLimitExempt(clientId, !revoke);
    }

    @Override
    String done() {
      return "Client "
          + clientId
          + (revoke ? " is rate-limited again." : " is exempt from the rate limit.");
    }
  }

  @Command(
      name = "rotate-secret",
      mixinStandardHelpOptions = true,
      description = "Give the client a new secret (the old one stops working now) and print it.")
  static class RotateSecret extends OnClient {
    private String secret;

    @Override
    boolean apply(ClientStore clients) {
      secret = clients.rotateSecret(clientId).orElse(null);
      return secret != null;
    }

    @Override
    String done() {
      return String.format("%-18s %s%n%-18s %s", "client_id", clientId, "client_secret", secret);
    }
  }

  static void describe(PrintWriter out, Client c) {
    out.printf("%-18s %s%n", "client_id", c.clientId());
    out.printf("%-18s %s%n", "name", c.name());
    out.printf(
        "%-18s %s%n",
        "contributor_types",
        String.join(", ", c.contributorTypes().stream().map(ContributorType::wireName).toList()));
    out.printf(
        "%-18s %s%n", "scopes", c.scopes().isEmpty() ? "(none)" : String.join(", ", c.scopes()));
    if (c.rateLimitExempt()) {
      out.printf("%-18s %s%n", "rate limit", "exempt");
    }
  }
}
