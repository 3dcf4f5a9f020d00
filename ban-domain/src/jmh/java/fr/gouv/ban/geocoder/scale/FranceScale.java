package fr.gouv.ban.geocoder.scale;

import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.index.IndexSnapshot;
import fr.gouv.ban.geocoder.load.BanCsvLoader;
import fr.gouv.ban.geocoder.load.CommuneDirectory;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import fr.gouv.ban.geocoder.text.FrenchTextNormalizer;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One-shot figures of the geocoder on the synthetic France ({@link SyntheticBan}): generation of
 * the CSV (skipped when the directory is complete), index build from the per-département files as
 * {@code ban index build --from csv} does, heap held by the index after a full GC, snapshot write
 * and load, then search and reverse queries per CPU-second of one thread on a query mix drawn from
 * the generated addresses (with the top-1 accuracy of the complete-address mix as a sanity check).
 *
 * <p>{@code FranceScale DATA_DIR WORK_DIR SIZE [SEED]}; {@code make bench-france SIZE=0.1}.
 */
public final class FranceScale {

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    double size = Double.parseDouble(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Path work = Path.of(args[1]).resolve("france-" + size + "-" + seed);
    Path csvDir = work.resolve("csv");
    Path snapshot = work.resolve("france.snapshot");
    TextNormalizer normalizer = new FrenchTextNormalizer();
    CommuneDirectory directory = CommuneDirectory.ofDataDirectory(dataDir);
    SyntheticBan ban = new SyntheticBan(dataDir, size, seed);
    System.out.printf(
        Locale.ROOT,
        "size %s seed %d: %,d communes, %,d streets, %,d addresses; JVM %s, max heap %,d MB, %d CPUs%n",
        size,
        seed,
        ban.communes().size(),
        ban.totalStreets(),
        ban.totalAddresses(),
        System.getProperty("java.vm.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());

    Path done = csvDir.resolve(".complete");
    if (!Files.exists(done)) {
      long t = System.nanoTime();
      ban.writeDepartments(csvDir);
      Files.writeString(done, "");
      report("generate CSV", t, bytes(csvDir) + " bytes gzipped");
    } else {
      System.out.println("generate CSV: reusing " + csvDir + " (" + bytes(csvDir) + " bytes)");
    }
    List<Path> files = csvFiles(csvDir);

    long base = heapAfterGc();
    long t;
    if (Boolean.getBoolean("ban.france.reuse") && Files.exists(snapshot)) {
      System.out.println("build: reusing " + snapshot + " (-Dban.france.reuse=true)");
    } else {
      t = System.nanoTime();
      CompactIndex index = build(files, directory, normalizer);
      report("build total", t, "");
      long heapBuilt = heapAfterGc() - base;
      System.out.printf(
          Locale.ROOT, "heap held by the built index after full GC: %,d MB%n", heapBuilt >> 20);
      t = System.nanoTime();
      new IndexSnapshot(index, 0).writeTo(snapshot, normalizer);
      report("snapshot write", t, Files.size(snapshot) + " bytes");
      index = null;
      heapAfterGc();
    }

    t = System.nanoTime();
    CompactIndex loaded = IndexSnapshot.readFrom(snapshot, normalizer).index();
    report("snapshot load", t, loaded.documentCount() + " documents");
    long heapLoaded = heapAfterGc() - base;
    System.out.printf(Locale.ROOT, "heap held by the loaded index after full GC: %,d MB%n", heapLoaded >> 20);

    t = System.nanoTime();
    FranceQueries q = new FranceQueries(ban, 4096, seed + 41);
    report("query mix (4,096 addresses)", t, "");
    IndexGeocoder g = new IndexGeocoder(loaded, normalizer);
    int right = 0;
    for (int i = 0; i < 4096; i++) {
      List<Hit> hits =
          g.search(SearchQuery.of(q.complete.get(i)).withAutocomplete(false).withLimit(1));
      if (!hits.isEmpty() && hits.get(0).document().id().equals(q.ids.get(i))) {
        right++;
      } else if (i - right < 5) {
        System.out.println(
            "  miss: " + q.complete.get(i) + " -> " + (hits.isEmpty() ? "nothing" : hits.get(0).document().id() + " " + hits.get(0).document().name()));
      }
    }
    System.out.printf(Locale.ROOT, "top-1 exact id on the complete mix: %.2f %%%n", right * 100.0 / 4096);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"complete address, autocomplete off, limit 1", "typed prefix, autocomplete on", "reverse"};
    // rounds of ROUND queries (-Dban.france.round, default 4,096; fewer for a quick full-size run)
    int n = Integer.getInteger("ban.france.round", 4096);
    for (int round = 0; round < 2; round++) {
      for (int b = 0; b < 3; b++) {
        run(g, q, n, mx, b);
      }
    }
    for (int b = 0; b < 3; b++) {
      double[] r = new double[5];
      double[] wall = new double[5];
      for (int i = 0; i < r.length; i++) {
        long w = System.nanoTime();
        r[i] = run(g, q, n, mx, b);
        wall[i] = n * 1e9 / (System.nanoTime() - w);
      }
      Arrays.sort(r);
      Arrays.sort(wall);
      System.out.printf(
          Locale.ROOT,
          "%s: median %,.0f queries per CPU-second (min %,.0f, max %,.0f); wall median %,.0f/s%n",
          names[b],
          r[2],
          r[0],
          r[4],
          wall[2]);
    }
  }

  /** As {@code ban index build --from csv}: the builder is dropped once frozen. */
  private static CompactIndex build(List<Path> files, CommuneDirectory directory, TextNormalizer normalizer)
      throws IOException {
    long t = System.nanoTime();
    IndexBuilder builder = new IndexBuilder(normalizer);
    long[] counts = new long[3];
    BanCsvLoader loader = new BanCsvLoader(directory);
    for (Path f : files) {
      loader.load(
          f,
          d -> {
            if (builder.tryAdd(d)) {
              counts[0]++;
              counts[1] += d.housenumbers().size();
            } else {
              counts[2]++;
            }
          });
    }
    report(
        "read CSV + add",
        t,
        counts[0] + " documents, " + counts[1] + " housenumbers, " + counts[2] + " duplicates");
    long t2 = System.nanoTime();
    CompactIndex index = builder.build();
    report("freeze (IndexBuilder.build)", t2, "");
    return index;
  }

  private static int cursor;

  static double run(IndexGeocoder g, FranceQueries q, int n, ThreadMXBean mx, int which) {
    long start = mx.getCurrentThreadCpuTime();
    long sink = 0;
    for (int i = 0; i < n; i++) {
      int k = cursor++ & 4095;
      if (which == 0) {
        sink += g.search(SearchQuery.of(q.complete.get(k)).withAutocomplete(false).withLimit(1)).size();
      } else if (which == 1) {
        sink += g.search(SearchQuery.of(q.prefixes.get(k))).size();
      } else {
        double[] p = q.points.get(k);
        sink += g.reverse(ReverseQuery.at(p[0], p[1])).size();
      }
    }
    long cpu = mx.getCurrentThreadCpuTime() - start;
    if (sink == 42) {
      System.out.print("");
    }
    return n * 1e9 / cpu;
  }

  static List<Path> csvFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".csv.gz")).sorted().toList());
      return files;
    }
  }

  private static long bytes(Path dir) throws IOException {
    long total = 0;
    for (Path p : csvFiles(dir)) {
      total += Files.size(p);
    }
    return total;
  }

  private static void report(String step, long start, String detail) {
    System.out.printf(
        Locale.ROOT, "%s: %.1f s%s%n", step, (System.nanoTime() - start) / 1e9, detail.isEmpty() ? "" : " (" + detail + ")");
  }

  /** Used heap after full collections (until it stops shrinking). */
  static long heapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      long now = rt.totalMemory() - rt.freeMemory();
      if (now >= used - (1 << 20)) {
        return Math.min(used, now);
      }
      used = now;
    }
    return used;
  }
}
