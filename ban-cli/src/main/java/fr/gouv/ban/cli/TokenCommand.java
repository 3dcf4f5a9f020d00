package fr.gouv.ban.cli;

import fr.gouv.ban.domain.auth.TokenService;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ban token ...}: issued access tokens. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Revoke access tokens.",
    subcommands = TokenCommand.Revoke.class)
public class TokenCommand {

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description =
          "Revoke one token, or every token of a client. Servers stop accepting it"
              + " within seconds (their token cache, ban.auth.token-cache-seconds).")
  static class Revoke implements Callable<Integer> {
    @Mixin DatabaseOptions db;
    @Spec CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    static class Target {
      @Option(names = "--token", description = "The access token to revoke.")
      String token;

      @Option(
          names = "--client",
          paramLabel = "CLIENT_ID",
          description = "Revoke every token of this client.")
      UUID client;
    }

    @Override
    public Integer call() {
      // the lifetime only matters when issuing tokens
      TokenService tokens = new TokenService(db.open(), Duration.ZERO, Clock.systemUTC());
      String message;
      if (target.token != null) {
        if (!tokens.revoke(target.token.strip())) {
          throw new IllegalArgumentException("unknown or already revoked token");
        }
        message = "Token revoked.";
      } else {
        message =
            tokens.revokeAll(target.client) + " token(s) of client " + target.client + " revoked.";
      }
      spec.commandLine().getOut().println(message);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
