package fr.gouv.ban.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/ban}: the entry point and its subcommands. */
@Command(
    name = "ban",
    mixinStandardHelpOptions = true,
    version = "ban 0.1.0",
    description = {
      "Administration of a BAN server, straight on its database.",
      "The database is the one 'make run' set up, or the one BAN_DB_URL, BAN_DB_USER and"
          + " BAN_DB_PASSWORD name (or --db-url, --db-user, --db-password)."
    },
    subcommands = {
      ClientCommand.class,
      TokenCommand.class,
      SessionCommand.class,
      MunicipalityCommand.class,
      ImportCommand.class,
      IndexCommand.class
    })
public class BanCommand {
  /** Held so that the level set on it stays (JUL keeps loggers weakly). */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  public static void main(String[] args) {
    // the libraries' logs (schema check) would mix with the command's output
    Logger.getLogger("").setLevel(Level.WARNING);
    FLYWAY.setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: failures print one line, not a stack trace. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BanCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + e.getMessage());
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli;
  }
}
