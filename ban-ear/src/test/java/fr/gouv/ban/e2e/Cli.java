package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.cli.BanCommand;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code bin/ban} commands (the real picocli tool, in this JVM) on the test database. */
final class Cli {
  private Cli() {}

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db-url", Database.url(), "--db-user", "postgres", "--db-password", ""));
    CommandLine cli = BanCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(all.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs a command that must succeed and returns its output. */
  static String ok(String... args) {
    Result r = run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out();
  }

  /** {@code client create ... --json}: the new client's id and secret. */
  static Credentials createClient(String name, String... options) {
    List<String> args = new ArrayList<>(List.of("client", "create", "--name", name, "--json"));
    args.addAll(List.of(options));
    try (var r = Json.createReader(new StringReader(ok(args.toArray(String[]::new))))) {
      JsonObject o = r.readObject();
      assertThat(o.keySet()).containsExactly("client_id", "client_secret");
      return new Credentials(o.getString("client_id"), o.getString("client_secret"));
    }
  }

  record Credentials(String clientId, String secret) {}
}
