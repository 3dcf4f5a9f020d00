package fr.gouv.ban.geocoder.scale;

import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import fr.gouv.ban.geocoder.text.FrenchTextNormalizer;
import java.nio.file.Path;

/**
 * One build of the engine in a {@link FranceAb} comparison: loaded in its own class loader with
 * that build's classes, it loads the snapshot and answers batches of the France query mixes.
 * Only JDK types cross the class loader boundary. It repeats {@link FranceScale#run}'s three mixes
 * rather than calling shared code, because it is compiled against older commits' classes too.
 */
public final class FranceVariant {

  private IndexGeocoder geocoder;
  private FranceQueries queries;
  private long sink;

  /** Loads the snapshot of a {@link FranceScale} run and regenerates its query mixes. */
  public void load(String dataDir, String snapshot, double size, long seed) throws Exception {
    FrenchTextNormalizer normalizer = new FrenchTextNormalizer();
    geocoder =
        new IndexGeocoder(IndexSnapshot.readFrom(Path.of(snapshot), normalizer).index(), normalizer);
    queries = new FranceQueries(new SyntheticBan(Path.of(dataDir), size, seed), 4096, seed + 41);
  }

  /**
   * Runs queries {@code from} to {@code from + count} (modulo 4,096) of a mix: 0 typed prefixes, 1
   * complete addresses, 2 reverse.
   */
  public long run(int mix, int from, int count) {
    for (int i = from; i < from + count; i++) {
      int k = i & 4095;
      sink +=
          switch (mix) {
            case 0 -> geocoder.search(SearchQuery.of(queries.prefixes.get(k))).size();
            case 1 ->
                geocoder
                    .search(
                        SearchQuery.of(queries.complete.get(k)).withAutocomplete(false).withLimit(1))
                    .size();
            default -> {
              double[] p = queries.points.get(k);
              yield geocoder.reverse(ReverseQuery.at(p[0], p[1])).size();
            }
          };
    }
    return sink;
  }
}
