package fr.gouv.ban.geocoder.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine compared in one JVM on the synthetic France: each is loaded with its own
 * classes ({@link FranceVariant}) and its own copy of the index, and they answer the same batches of
 * 256 queries in turn, so that both see the same machine at the same moment. On these noisy
 * 2-core machines separate runs of the same code differ by up to 1.7×; the ratio of CPU times
 * batch by batch does not. The two indexes share the processor's caches, which understates changes
 * that save cache misses, and the thread's CPU time leaves out the garbage collector's and the
 * compiler's: a change in allocation does not show.
 *
 * <p>{@code FranceAb DATA_DIR SNAPSHOT SIZE SEED MIX ROUNDS BASE_CLASSPATH NEW_CLASSPATH}, mix 0
 * typed prefixes, 1 complete addresses, 2 reverse; {@code scripts/bench-france-ab.sh}.
 */
public final class FranceAb {

  private static final int BATCH = 256;
  private static final int WARMUP_ROUNDS = 2;

  public static void main(String[] args) throws Exception {
    double size = Double.parseDouble(args[2]);
    long seed = Long.parseLong(args[3]);
    int mix = Integer.parseInt(args[4]);
    int rounds = Integer.parseInt(args[5]);
    Object[] variants = new Object[2];
    Method[] run = new Method[2];
    for (int v = 0; v < 2; v++) {
      List<URL> urls = new ArrayList<>();
      for (String entry : args[6 + v].split(":")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      // by name: this loader must not load the class itself
      Class<?> type = loader.loadClass("fr.gouv.ban.geocoder.scale.FranceVariant");
      variants[v] = type.getConstructor().newInstance();
      type.getMethod("load", String.class, String.class, double.class, long.class)
          .invoke(variants[v], args[0], args[1], size, seed);
      run[v] = type.getMethod("run", int.class, int.class, int.class);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[2][rounds];
    for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      for (int from = 0; from < 4096; from += BATCH) {
        for (int i = 0; i < 2; i++) {
          int v = (i + from / BATCH) % 2; // each goes first half of the time
          long start = mx.getCurrentThreadCpuTime();
          run[v].invoke(variants[v], mix, from, BATCH);
          if (round >= WARMUP_ROUNDS) {
            cpu[v][round - WARMUP_ROUNDS] += mx.getCurrentThreadCpuTime() - start;
          }
        }
      }
    }
    String[] names = {"base", "new"};
    for (int v = 0; v < 2; v++) {
      double[] rates = Arrays.stream(cpu[v]).mapToDouble(c -> 4096e9 / c).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "%s: median %,.0f queries per CPU-second (min %,.0f, max %,.0f)%n",
          names[v],
          rates[rounds / 2],
          rates[0],
          rates[rounds - 1]);
    }
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = (double) cpu[0][r] / cpu[1][r];
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "new / base speed, round by round: median %.3f (min %.3f, max %.3f)%n",
        ratios[rounds / 2],
        ratios[0],
        ratios[rounds - 1]);
  }
}
