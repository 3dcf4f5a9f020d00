package fr.gouv.ban.geocoder.scale;

import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import fr.gouv.ban.geocoder.text.FrenchTextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search and reverse throughput of one thread on the synthetic-France index: loads the snapshot
 * {@link FranceScale} wrote ({@code -Dban.france.work=<work dir>}, {@code -Dban.france.size} and
 * {@code -Dban.france.seed}, which also regenerate the same query mix; or {@code -Dban.france.dir}
 * for the run's own directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FranceSearchBenchmark {

  private IndexGeocoder geocoder;
  private FranceQueries queries;

  /** Each benchmark thread walks the query list on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next() {
      next = (next + 1) & 4095;
      return next;
    }
  }

  @Setup
  public void load() throws IOException {
    Path data = Path.of(System.getProperty("ban.data.dir", "../data"));
    double size = Double.parseDouble(System.getProperty("ban.france.size", "1"));
    long seed = Long.parseLong(System.getProperty("ban.france.seed", "1"));
    String explicit = System.getProperty("ban.france.dir");
    Path dir =
        explicit != null
            ? Path.of(explicit)
            : Path.of(System.getProperty("ban.france.work", "target/france"))
                .resolve("france-" + size + "-" + seed); // as FranceScale names it
    TextNormalizer normalizer = new FrenchTextNormalizer();
    geocoder =
        new IndexGeocoder(
            IndexSnapshot.readFrom(dir.resolve("france.snapshot"), normalizer).index(), normalizer);
    queries = new FranceQueries(new SyntheticBan(data, size, seed), 4096, seed + 41);
  }

  @Benchmark
  public List<Hit> searchCompleteAddress(Cursor cursor) {
    return geocoder.search(
        SearchQuery.of(queries.complete.get(cursor.next())).withAutocomplete(false).withLimit(1));
  }

  @Benchmark
  public List<Hit> searchTypedPrefix(Cursor cursor) {
    return geocoder.search(SearchQuery.of(queries.prefixes.get(cursor.next())));
  }

  @Benchmark
  public List<Hit> reverse(Cursor cursor) {
    double[] point = queries.points.get(cursor.next());
    return geocoder.reverse(ReverseQuery.at(point[0], point[1]));
  }
}
