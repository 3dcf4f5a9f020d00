package fr.gouv.ban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ban.domain.contributor.ContributorType;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ban import <kind> <file>}: sends the file to the running server's importer ({@code POST
 * /import/<kind>}), shows its progress, prints the summary and writes the per-row report.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a file through the running server's plugins: every row goes through validation,"
          + " versions and diffs like an API write; re-importing an unchanged file writes"
          + " nothing. Kinds: ban (BAN CSV), addok (BAN addok ndjson), bal (Base Adresse"
          + " Locale), laposte (postcodes CSV/JSON), topo (DGFiP TOPO), osm (OpenStreetMap"
          + " XML), sdis (access points CSV), or a third-party plugin's kind.",
      "bin/ban writes as its own client 'bin/ban (<contributor type>)' (created on first use)."
    })
public class ImportCommand implements Callable<Integer> {
  /** The contributor type each shipped kind's data comes from. */
  static final Map<String, ContributorType> OWNERS =
      Map.of(
          "ban", ContributorType.IGN,
          "addok", ContributorType.IGN,
          "bal", ContributorType.MUNICIPAL_ADMINISTRATION,
          "laposte", ContributorType.LAPOSTE,
          "topo", ContributorType.DGFIP,
          "osm", ContributorType.OSM,
          "sdis", ContributorType.SDIS);

  @Mixin DatabaseOptions db;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "The kind of file.")
  String kind;

  @Parameters(index = "1", paramLabel = "FILE", description = "The file (may be gzipped).")
  Path file;

  @Option(
      names = "--contributor-type",
      paramLabel = "TYPE",
      description =
          "The contributor type the import writes under (default: the kind's own: ign for ban,"
              + " municipal_administration for bal...; admin for other kinds).")
  String contributorType;

  @Option(names = "--dry-run", description = "Check every row, write nothing.")
  boolean dryRun;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the per-row report (line;resource;status;reason) to FILE.")
  Path report;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    DataSource database = db.open();
    ContributorType type = writer();
    ToolToken tokens =
        new ToolToken(() -> MunicipalityCommand.toolToken(database, type), System::nanoTime);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest upload =
        HttpRequest.newBuilder(server.resolve("/import/" + kind + "?dry_run=" + dryRun))
            .header("Authorization", "Bearer " + tokens.current())
            .header("Content-Type", "application/octet-stream")
            .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    JsonNode job = send(http, upload, 202, "import refused");
    String id = job.path("id").asText();
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName((dryRun ? "Checking " : "Importing ") + file.getFileName())
            .setInitialMax(1000)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .build()) {
      while (true) {
        job = send(http, get(tokens.current(), "/import/" + id), 200, "cannot follow the import");
        bar.stepTo(Math.round(job.path("progress").asDouble() * 1000));
        bar.setExtraMessage(
            job.path("commands").asLong()
                + " rows' changes, "
                + job.path("summary").path("rejected").asLong()
                + " rejected");
        String status = job.path("status").asText();
        if (status.equals("done") || status.equals("failed")) {
          break;
        }
        Thread.sleep(500);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (report != null) {
      HttpResponse<Path> r =
          http.send(
              get(tokens.current(), "/import/" + id + "/report"),
              HttpResponse.BodyHandlers.ofFile(report));
      if (r.statusCode() != 200) {
        throw new IllegalStateException("cannot fetch the report (HTTP " + r.statusCode() + ")");
      }
    }
    JsonNode s = job.path("summary");
    out.printf(
        "%s %s: %d created, %d updated, %d unchanged, %d deleted, %d rejected in %.1f s%s%n",
        job.path("status").asText().equals("done") ? (dryRun ? "Checked" : "Imported") : "FAILED",
        file.getFileName(),
        s.path("created").asLong(),
        s.path("updated").asLong(),
        s.path("unchanged").asLong(),
        s.path("deleted").asLong(),
        s.path("rejected").asLong(),
        job.path("elapsed_seconds").asDouble(),
        report == null ? "" : "; report in " + report);
    for (JsonNode r : job.path("rejected")) {
      if (report != null) {
        break;
      }
      out.printf("  line %d: %s%n", r.path("line").asLong(), r.path("reason").asText());
    }
    out.flush();
    if (job.path("status").asText().equals("failed")) {
      throw new IllegalStateException("the import failed: " + job.path("error").asText());
    }
    return 0;
  }

  /**
   * bin/ban's tokens live 5 minutes and an import can take hours: following it renews the token
   * before it expires.
   */
  static final class ToolToken {
    static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private final Supplier<String> issue;
    private final LongSupplier nanoTime;
    private String token;
    private long takenAt;

    ToolToken(Supplier<String> issue, LongSupplier nanoTime) {
      this.issue = issue;
      this.nanoTime = nanoTime;
    }

    String current() {
      long now = nanoTime.getAsLong();
      if (token == null || now - takenAt >= RENEW_AFTER.toNanos()) {
        token = issue.get();
        takenAt = now;
      }
      return token;
    }
  }

  private ContributorType writer() {
    if (contributorType == null) {
      return OWNERS.getOrDefault(kind, ContributorType.ADMIN);
    }
    return ContributorType.fromWire(contributorType)
        .filter(t -> t != ContributorType.VIEWER)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown contributor type "
                        + contributorType
                        + "; one of ign, laposte, dgfip, osm, sdis, municipal_administration,"
                        + " admin"));
  }

  private HttpRequest get(String token, String path) {
    return HttpRequest.newBuilder(server.resolve(path))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(1))
        .GET()
        .build();
  }

  private JsonNode send(HttpClient http, HttpRequest request, int expected, String what)
      throws InterruptedException {
    HttpResponse<String> response = server.send(http, request);
    JsonNode answer;
    try {
      answer = ClientCommand.JSON.readTree(response.body());
    } catch (IOException e) {
      answer = ClientCommand.JSON.createObjectNode().put("detail", response.body());
    }
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          what + " (HTTP " + response.statusCode() + "): " + answer.path("detail").asText());
    }
    return answer;
  }
}
