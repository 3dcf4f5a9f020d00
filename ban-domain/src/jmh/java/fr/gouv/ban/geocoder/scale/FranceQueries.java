package fr.gouv.ban.geocoder.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded query mixes drawn from the synthetic France: addresses picked uniformly among all
 * generated addresses (so communes weigh by their address count), regenerated commune by commune
 * without reading the CSV back.
 */
final class FranceQueries {

  /** "number street postcode city", as a batch geocoding client sends them. */
  final List<String> complete = new ArrayList<>();

  /** "number street-prefix", as typed in a search box. */
  final List<String> prefixes = new ArrayList<>();

  /** Positions of addresses moved by up to 50 m. */
  final List<double[]> points = new ArrayList<>();

  /** The ids of the addresses behind {@link #complete}. */
  final List<String> ids = new ArrayList<>();

  FranceQueries(SyntheticBan ban, int count, long seed) {
    List<SyntheticBan.Commune> communes = ban.communes();
    long[] ends = new long[communes.size()];
    long total = 0;
    for (int i = 0; i < ends.length; i++) {
      total += communes.get(i).addresses();
      ends[i] = total;
    }
    SplittableRandom random = new SplittableRandom(seed);
    // commune index -> offsets wanted in it, in draw order
    TreeMap<Integer, List<long[]>> wanted = new TreeMap<>();
    for (int q = 0; q < count; q++) {
      long target = random.nextLong(total);
      int i = java.util.Arrays.binarySearch(ends, target + 1);
      i = i < 0 ? -i - 1 : i;
      long offset = target - (i == 0 ? 0 : ends[i - 1]);
      wanted.computeIfAbsent(i, k -> new ArrayList<>()).add(new long[] {offset, q});
    }
    SyntheticBan.Row[] rows = new SyntheticBan.Row[count];
    wanted.forEach(
        (i, offsets) -> {
          List<SyntheticBan.Row> all = new ArrayList<>();
          ban.generate(communes.get(i), all::add);
          for (long[] o : offsets) {
            rows[(int) o[1]] = all.get((int) o[0]);
          }
        });
    for (SyntheticBan.Row row : rows) {
      String number = row.number() + (row.rep().isEmpty() ? "" : " " + row.rep());
      ids.add(row.id());
      complete.add(number + " " + row.street() + " " + row.postcode() + " " + row.commune().name());
      String street = row.street();
      int length = (int) Math.ceil(street.length() * (0.6 + 0.3 * random.nextDouble()));
      prefixes.add(number + " " + street.substring(0, Math.min(length, street.length())));
      double lat = row.lat() + (random.nextDouble() - 0.5) * 0.0009;
      double lon = row.lon() + (random.nextDouble() - 0.5) * 0.0013;
      points.add(new double[] {lat, lon});
    }
  }
}
