package fr.gouv.ban.cli;

import fr.gouv.ban.domain.auth.TokenService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ban session list}: who wrote under which session, with the private e-mail and IP. */
@Command(
    name = "session",
    mixinStandardHelpOptions = true,
    description =
        "Sessions (one per token) with the e-mail and IP given at POST /token, which the"
            + " API never publishes.",
    subcommands = SessionCommand.ListSessions.class)
public class SessionCommand {

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The latest sessions, newest first.")
  static class ListSessions implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--client",
        paramLabel = "CLIENT_ID",
        description = "Only this client's sessions.")
    UUID client;

    @Option(
        names = "--limit",
        defaultValue = "50",
        description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%-8s  %-24s  %-24s  %-30s  %-16s  %s%n",
          "SESSION", "CLIENT", "CONTRIBUTOR_TYPE", "EMAIL", "IP", "CREATED_AT");
      for (TokenService.SessionRow s :
          new TokenService(db.open(), Duration.ZERO, Clock.systemUTC()).sessions(client, limit)) {
        out.printf(
            "%-8d  %-24s  %-24s  %-30s  %-16s  %s%n",
            s.session(),
            s.client() == null ? "-" : s.client(),
            s.contributorType(),
            s.email() == null ? "-" : s.email(),
            s.ip() == null ? "-" : s.ip(),
            s.createdAt());
      }
      out.flush();
      return 0;
    }
  }
}
