package fr.gouv.ban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ban.domain.auth.Client;
import fr.gouv.ban.domain.auth.ClientStore;
import fr.gouv.ban.domain.auth.Scopes;
import fr.gouv.ban.domain.auth.TokenService;
import fr.gouv.ban.domain.contributor.ContributorType;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ban municipality ...}: operations on communes. */
@Command(
    name = "municipality",
    mixinStandardHelpOptions = true,
    description = "Operations on municipalities.",
    subcommands = MunicipalityCommand.Merge.class)
public class MunicipalityCommand {
  /** The client bin/ban writes as when it calls the server. */
  static final String TOOL_CLIENT = "bin/ban";

  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = {
        "Merge communes into one (commune nouvelle), through the running server so that every"
            + " change gets its version and diff: moves the absorbed communes' groups and"
            + " postcodes, adds an 'area' group per absorbed commune to their housenumbers'"
            + " ancestors, redirects their INSEE codes and ids, removes them. One transaction.",
        "bin/ban writes as its own admin client '" + TOOL_CLIENT + "' (created on first use)."
      })
  static class Merge implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--into",
        required = true,
        paramLabel = "INSEE",
        description = "The surviving commune.")
    String into;

    @Option(
        names = "--absorb",
        required = true,
        arity = "1..*",
        split = ",",
        paramLabel = "INSEE",
        description = "The communes it absorbs.")
    List<String> absorb;

    @Mixin ServerOptions server;

    @Override
    public Integer call() throws Exception {
      String token = toolToken(db.open());
      String body =
          ClientCommand.JSON.writeValueAsString(
              Map.of("absorb", absorb.stream().map(MunicipalityCommand::ident).toList()));
      HttpRequest request =
          HttpRequest.newBuilder(server.resolve("/municipality/" + ident(into) + "/merge"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .timeout(Duration.ofMinutes(30))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> response = server.send(HttpClient.newHttpClient(), request);
      JsonNode answer = ClientCommand.JSON.readTree(response.body());
      PrintWriter out = spec.commandLine().getOut();
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "merge refused (HTTP "
                + response.statusCode()
                + "): "
                + answer.path("detail").asText(response.body()));
      }
      out.println(ClientCommand.JSON.writeValueAsString(answer));
      out.flush();
      return 0;
    }
  }

  private static String ident(String insee) {
    return insee.contains(":") ? insee : "insee:" + insee.strip();
  }

  /** A 5-minute admin token of bin/ban's own client, created on first use. */
  static String toolToken(DataSource db) {
    return toolToken(db, ContributorType.ADMIN);
  }

  /**
   * A 5-minute token of bin/ban's own client for {@code type} ({@code bin/ban} for admin, {@code
   * bin/ban (<type>)} otherwise), created on first use with every scope.
   */
  static String toolToken(DataSource db, ContributorType type) {
    String name =
        type == ContributorType.ADMIN ? TOOL_CLIENT : TOOL_CLIENT + " (" + type.wireName() + ")";
    ClientStore clients = new ClientStore(db);
    Client tool =
        clients.list().stream()
            .filter(c -> c.name().equals(name) && c.enabled())
            .findFirst()
            .orElseGet(() -> clients.create(name, List.of(type), Scopes.known(), true).client());
    if (!tool.scopes().containsAll(Scopes.known())) {
      // created by an older version: it gets the scopes added since (imports)
      clients.setScopes(tool.clientId(), Scopes.known());
    }
    return new TokenService(db, Duration.ofMinutes(5), Clock.systemUTC())
        .issueFor(tool, type, System.getProperty("user.name") + "@localhost", "127.0.0.1")
        .accessToken();
  }
}
