package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Imports through {@code POST /import/{kind}}: real BAN rows go through the plugin and the write
 * path; a re-import writes nothing, a changed row one version and one diff, bad rows are reported
 * with their lines while the good ones import.
 */
abstract class ImportScenarios extends Scenario {
  private static final java.util.concurrent.atomic.AtomicInteger NEXT =
      new java.util.concurrent.atomic.AtomicInteger(100);

  /** This scenario's copy of the sample streets: voie codes of its own (9nnn and 8pnnn). */
  private final int n = NEXT.incrementAndGet();

  private final String souvenir = "75107_9" + n + "_00012_w";

  /** A sample file with this scenario's voie codes, so scenarios never share streets. */
  byte[] sample(String name) {
    return new String(resource(name), StandardCharsets.UTF_8)
        .replace("_9056", "_9" + n)
        .replace("_8pdjpu", "_8p" + n)
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] resource(String name) {
    try (InputStream in = ImportScenarios.class.getResourceAsStream("/import/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts an import and waits for its end; returns the finished job. */
  JsonObject importFile(String kind, byte[] file, String query) {
    Http.Reply started = http.upload("import/" + kind + query, file, "sample.csv");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(started.header("Location")).endsWith("/import/" + started.string("id"));
    JsonObject job = started.json();
    for (int i = 0; i < 200 && !finished(job); i++) {
      sleep();
      job = get("import/" + job.getString("id"));
    }
    assertThat(job.getString("status")).as(job.toString()).isEqualTo("done");
    return job;
  }

  private static boolean finished(JsonObject job) {
    return job.getString("status").equals("done") || job.getString("status").equals("failed");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void importsBanRowsAndReimportingThemWritesNothing() {
    JsonObject job = importFile("ban", sample("ban-two-streets.csv"), "");
    JsonObject summary = job.getJsonObject("summary");
    // 12 housenumbers and their 12 positions, in 2 new streets; the communes and postcodes may
    // already exist, created by another scenario's import
    assertThat(job.getJsonObject("resources").getJsonObject("housenumber").getInt("created"))
        .isEqualTo(12);
    assertThat(job.getJsonObject("resources").getJsonObject("position").getInt("created"))
        .isEqualTo(12);
    assertThat(summary.getInt("rejected")).isZero();
    assertThat(job.getString("plugin")).isEqualTo("ign.ban-csv");

    JsonObject h = get("housenumber/ign:" + souvenir);
    assertThat(h.getString("number")).isEqualTo("12");
    assertThat(h.getString("ordinal")).isEqualTo("w");
    JsonObject street = get("group/" + h.getString("parent"));
    assertThat(street.getString("fantoir")).isEqualTo("751079" + n);
    assertThat(street.getString("name")).isEqualTo("Esplanade du Souvenir Français");
    assertThat(get("postcode/" + h.getString("postcode")).getString("code")).isEqualTo("75007");
    JsonObject diffs = get("diff?resource=housenumber&insee=75107&increment=0&limit=100");
    assertThat(diffs.getJsonArray("collection").toString()).contains(h.getString("id"));

    var before = Database.snapshot();
    JsonObject again = importFile("ban", sample("ban-two-streets.csv"), "");
    assertThat(again.getJsonObject("summary").getInt("unchanged"))
        .isEqualTo(job.getInt("commands"));
    assertThat(again.getJsonObject("summary").getInt("created")).isZero();
    assertThat(again.getJsonObject("summary").getInt("updated")).isZero();
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  @Test
  void aChangedRowWritesOneVersionAndOneDiff() {
    importFile("ban", sample("ban-two-streets.csv"), "");
    String moved =
        new String(sample("ban-two-streets.csv"), StandardCharsets.UTF_8)
            .replace("2.312168;48.852374", "2.312170;48.852380");
    var before = Database.snapshot();
    JsonObject job = importFile("ban", gzip(moved), "");
    assertThat(job.getJsonObject("summary").getInt("updated")).isEqualTo(1);
    assertThat(job.getJsonObject("resources").getJsonObject("position").getInt("updated"))
        .isEqualTo(1);
    var after = Database.snapshot();
    assertThat(after.get("resource_version")).isEqualTo(before.get("resource_version") + 1);
    assertThat(after.get("diff")).isEqualTo(before.get("diff") + 1);
    JsonObject position = get("position/ign:" + souvenir);
    assertThat(position.getJsonObject("center").getJsonArray("coordinates").toString())
        .isEqualTo("[2.31217,48.85238]");
    assertThat(position.getInt("version")).isEqualTo(2);
  }

  @Test
  void aChangedReferenceWritesOneVersionWhoseDiffNamesTheOldAndNewTargets() {
    importFile("ban", sample("ban-two-streets.csv"), "");
    JsonObject h = get("housenumber/ign:" + souvenir);
    String oldPostcode = h.getString("postcode");
    // the same row now in the 75008 postcode: a new postcode, the housenumber re-pointed to it
    String repointed =
        new String(sample("ban-two-streets.csv"), StandardCharsets.UTF_8)
            .lines()
            .map(l -> l.startsWith(souvenir + ";") ? l.replace(";75007;", ";75008;") : l)
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    long lastIncrement = Database.count("select coalesce(max(increment), 0) from diff");
    var before = Database.snapshot();
    JsonObject job = importFile("ban", gzip(repointed), "");
    JsonObject hs = job.getJsonObject("resources").getJsonObject("housenumber");
    assertThat(hs.getInt("updated")).isEqualTo(1);
    assertThat(job.getJsonObject("resources").getJsonObject("position").getInt("updated")).isZero();
    assertThat(job.getJsonObject("resources").getJsonObject("group").getInt("updated")).isZero();
    int written =
        job.getJsonObject("summary").getInt("created")
            + job.getJsonObject("summary").getInt("updated");
    var after = Database.snapshot();
    assertThat(after.get("resource_version")).isEqualTo(before.get("resource_version") + written);
    assertThat(after.get("diff")).isEqualTo(before.get("diff") + written);

    JsonObject moved = get("housenumber/ign:" + souvenir);
    assertThat(moved.getInt("version")).isEqualTo(2);
    assertThat(moved.getString("parent")).isEqualTo(h.getString("parent"));
    assertThat(get("postcode/" + moved.getString("postcode")).getString("code")).isEqualTo("75008");
    var diffs =
        get("diff?resource=housenumber&insee=75107&limit=100&increment=" + lastIncrement)
            .getJsonArray("collection")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("resource_id").equals(moved.getString("id")))
            .toList();
    assertThat(diffs).hasSize(1);
    JsonObject diff = diffs.get(0).getJsonObject("diff");
    assertThat(diff.keySet()).containsExactly("postcode");
    assertThat(diff.getJsonObject("postcode").getString("old")).isEqualTo(oldPostcode);
    assertThat(diff.getJsonObject("postcode").getString("new"))
        .isEqualTo(moved.getString("postcode"));
  }

  @Test
  void badRowsAreReportedWithTheirLinesAndTheGoodOnesImport() {
    JsonObject job = importFile("ban", sample("ban-malformed.csv"), "");
    var rejected = job.getJsonArray("rejected");
    assertThat(rejected.stream().map(r -> r.asJsonObject().getInt("line")))
        .containsExactly(4, 5, 6, 7, 8);
    assertThat(rejected.getJsonObject(0).getString("reason")).contains("numero").contains("8x");
    assertThat(get("housenumber/ign:75118_8p" + n + "_00004_v").getString("number")).isEqualTo("4");
    Http.Reply report = http.get("import/" + job.getString("id") + "/report");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.text().lines()).first().isEqualTo("line;resource;status;reason");
    assertThat(report.text().lines().skip(1).map(l -> l.split(";")[0]))
        .containsExactly("4", "5", "6", "7", "8");
  }

  @Test
  void aDryRunChecksEverythingAndWritesNothing() {
    String other = new String(sample("ban-two-streets.csv"), StandardCharsets.UTF_8);
    var before = Database.snapshot();
    JsonObject job = importFile("ban", other.getBytes(StandardCharsets.UTF_8), "?dry_run=true");
    assertThat(job.getBoolean("dry_run")).isTrue();
    assertThat(job.getJsonObject("summary").getInt("created")).isPositive();
    assertThat(Database.snapshot()).isEqualTo(before);
    assertThat(http.get("housenumber/ign:75118_8p" + n + "_00004_v").status()).isEqualTo(404);
  }

  @Test
  void refusesUnknownKindsEmptyFilesAndClientsWithoutTheImportScope() {
    var before = Database.snapshot();
    Http.Reply unknown = http.upload("import/shapefile", "x".getBytes(), "a.shp");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.string("code")).isEqualTo("IMPORT_KIND_UNKNOWN");
    assertThat(unknown.string("detail")).contains("ban").contains("bal");
    Http.Reply empty = http.upload("import/ban", new byte[0], "empty.csv");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.string("code")).isEqualTo("IMPORT_FILE_MISSING");
    Http.Reply notBan = http.upload("import/ban", "a;b\n1;2\n".getBytes(), "wrong.csv");
    assertThat(notBan.status()).isEqualTo(202);
    JsonObject failed = get("import/" + notBan.string("id"));
    for (int i = 0; i < 100 && failed.getString("status").matches("queued|running"); i++) {
      sleep();
      failed = get("import/" + notBan.string("id"));
    }
    assertThat(failed.getString("status")).isEqualTo("failed");
    assertThat(failed.getString("error")).contains("missing columns");
    Cli.Credentials writer =
        Cli.createClient(
            "no import scope", "--contributor-type", "ign", "--scope", "housenumber_write");
    Http.Reply forbidden =
        http.as(Server.token(writer, java.util.Map.of("email", "a@example.org")))
            .upload("import/ban", sample("ban-two-streets.csv"), "a.csv");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.header("WWW-Authenticate")).contains("scope=\"import_ban\"");
    assertThat(http.get("import/no-such-job").status()).isEqualTo(404);
    assertThat(Database.snapshot()).isEqualTo(before);
  }

  @Test
  void theCliImportsThroughTheServerAndWritesTheReport() throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("ban-", ".csv");
    java.nio.file.Path report = java.nio.file.Files.createTempFile("ban-", ".report.csv");
    java.nio.file.Files.write(file, sample("ban-malformed.csv"));
    String out =
        Cli.ok(
            "import",
            "ban",
            file.toString(),
            "--report",
            report.toString(),
            "--server",
            http.base().resolve("/").toString());
    assertThat(out).contains("Imported").contains("5 rejected").contains("report in");
    assertThat(java.nio.file.Files.readAllLines(report)).hasSize(6);
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
