package fr.gouv.ban.geocoder.bench;

import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Queries per second of the measuring thread's CPU time, on the same Paris query mixes as {@link
 * GeocoderBenchmark}: on a machine shared with other tenants, wall-clock throughput halves when a
 * neighbour builds, CPU time much less. Warm-up of 3 × 12,288 queries of each kind, then 7 rounds
 * of 8,192 per kind; prints the median and extremes. Run like JMH with this class as main.
 */
public final class CpuPerQuery {
  public static void main(String[] args) throws Exception {
    IndexGeocoder g = new IndexGeocoder(TestData.parisIndex(), TestData.NORMALIZER);
    ParisQueries q = new ParisQueries(TestData.parisCsv(), 4096, 7);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"searchCompleteAddress", "searchTypedPrefix", "reverse"};
    for (int round = 0; round < 3; round++) run(g, q, 4096 * 3, mx, -1);
    for (int b = 0; b < 3; b++) {
      double[] r = new double[7];
      for (int i = 0; i < r.length; i++) r[i] = run(g, q, 4096 * 2, mx, b);
      Arrays.sort(r);
      System.out.printf("%s: median %.0f queries per CPU-second (min %.0f, max %.0f)%n", names[b], r[3], r[0], r[6]);
    }
  }

  static double run(IndexGeocoder g, ParisQueries q, int n, ThreadMXBean mx, int which) {
    long start = mx.getCurrentThreadCpuTime();
    long sink = 0;
    for (int i = 0; i < n; i++) {
      int k = i & 4095;
      if (which < 0 || which == 0)
        sink += g.search(SearchQuery.of(q.complete.get(k)).withAutocomplete(false).withLimit(1)).size();
      if (which < 0 || which == 1) sink += g.search(SearchQuery.of(q.prefixes.get(k))).size();
      if (which < 0 || which == 2) {
        double[] p = q.points.get(k);
        sink += g.reverse(ReverseQuery.at(p[0], p[1])).size();
      }
    }
    long cpu = mx.getCurrentThreadCpuTime() - start;
    if (sink == 42) System.out.print("");
    return n * 1e9 / cpu;
  }
}
