package fr.gouv.ban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.load.AddokNdjsonLoader;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IndexCommandTest {
  private static final Path DATA = Path.of("../data");
  private static final TextNormalizer NORMALIZER = TextNormalizers.load();

  @TempDir Path tmp;

  private String run(String... args) {
    CommandLine cli = BanCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  private static List<String> answers(IndexGeocoder g, String q) {
    return g.search(SearchQuery.of(q)).stream()
        .map(h -> h.document().id() + " " + h.document().label() + " " + h.score())
        .toList();
  }

  @Test
  void buildsTheParisExtractIntoASnapshotThatAnswersAsTheIndexBuiltInMemory() throws Exception {
    Path csv = DATA.resolve("ban-adresses-75-paris-2024.csv.gz");
    Path snapshot = tmp.resolve("paris.snap");
    String out =
        run(
            "index",
            "build",
            "--from",
            "csv",
            csv.toString(),
            "--out",
            snapshot.toString(),
            "--data-dir",
            DATA.toString(),
            "--quiet");
    assertThat(out).startsWith("Wrote " + snapshot).contains("housenumbers").contains(" bytes in ");

    IndexSnapshot read = IndexSnapshot.readFrom(snapshot, NORMALIZER);
    assertThat(read.origin()).isEqualTo(IndexSnapshot.Origin.FILES);
    assertThat(read.increment()).isZero();
    IndexBuilder builder = new IndexBuilder(NORMALIZER);
    new BanCsvLoader(CommuneDirectory.ofDataDirectory(DATA)).load(csv, builder::add);
    CompactIndex direct = builder.build();
    assertThat(read.index().documentCount()).isEqualTo(direct.documentCount());
    IndexGeocoder loaded = new IndexGeocoder(read.index(), NORMALIZER);
    IndexGeocoder built = new IndexGeocoder(direct, NORMALIZER);
    for (String q :
        List.of("8 rue de la paix paris", "rue de rivoli", "paris", "12 bd st germain", "quai")) {
      assertThat(answers(loaded, q)).as(q).isEqualTo(answers(built, q)).isNotEmpty();
    }
    Hit first = loaded.search(SearchQuery.of("8 rue de la paix paris")).get(0);
    assertThat(first.document().id()).isEqualTo("75102_6998_00008");
  }

  @Test
  void buildsTheAddokExportOfNouvelleCaledonie() throws Exception {
    Path ndjson = DATA.resolve("ban-addok-988-nouvelle-caledonie-2024.ndjson.gz");
    Path snapshot = tmp.resolve("nc.snap");
    run(
        "index",
        "build",
        "--from",
        "ndjson",
        ndjson.toString(),
        "--out",
        snapshot.toString(),
        "--data-dir",
        DATA.toString(),
        "--quiet");
    IndexSnapshot read = IndexSnapshot.readFrom(snapshot, NORMALIZER);
    IndexBuilder builder = new IndexBuilder(NORMALIZER);
    new AddokNdjsonLoader().load(ndjson, builder::add);
    IndexGeocoder built = new IndexGeocoder(builder.build(), NORMALIZER);
    IndexGeocoder loaded = new IndexGeocoder(read.index(), NORMALIZER);
    for (String q : List.of("noumea", "rue de sebastopol noumea", "mont dore")) {
      assertThat(answers(loaded, q)).as(q).isEqualTo(answers(built, q)).isNotEmpty();
    }
  }

  @Test
  void keepsTheFirstOfDocumentsWithTheSameIdAndSaysSo() throws Exception {
    Path ndjson = DATA.resolve("ban-addok-988-nouvelle-caledonie-2024.ndjson.gz");
    Path snapshot = tmp.resolve("twice.snap");
    CommandLine cli = BanCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    int code =
        cli.execute(
            "index",
            "build",
            "--from",
            "ndjson",
            ndjson.toString(),
            ndjson.toString(),
            "--out",
            snapshot.toString(),
            "--data-dir",
            DATA.toString(),
            "--quiet");
    assertThat(code).as(err.toString()).isZero();
    int once = new AddokNdjsonLoader().load(ndjson).size();
    assertThat(IndexSnapshot.readFrom(snapshot, NORMALIZER).index().documentCount())
        .isEqualTo(once);
    assertThat(err.toString()).contains("skipped " + once + " document(s)");
  }

  @Test
  void refusesFilesWithDbAndNoFileWithCsv() {
    CommandLine cli = BanCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    Path out = tmp.resolve("x.snap");
    assertThat(cli.execute("index", "build", "--from", "csv", "--out", out.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("needs at least one FILE");
    assertThat(
            cli.execute(
                "index",
                "build",
                "--from",
                "db",
                "a.csv",
                "--out",
                out.toString(),
                "--data-dir",
                DATA.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--from db reads no file");
  }
}
