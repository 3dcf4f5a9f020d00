package fr.gouv.ban.geocoder.bench;

import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import java.io.IOException;
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
 * Throughput of one thread on the Paris index (7,592 documents, 158,048 housenumbers): complete
 * addresses without autocomplete (batch geocoding), typed prefixes with autocomplete (search box),
 * and reverse geocoding. Compare with addok's 98 queries/s per process on the same data (spec §8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class GeocoderBenchmark {

  private IndexGeocoder geocoder;
  private ParisQueries queries;

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
    geocoder = new IndexGeocoder(TestData.parisIndex(), TestData.NORMALIZER);
    queries = new ParisQueries(TestData.parisCsv(), 4096, 7);
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
