package fr.gouv.ban.geocoder.index;

import java.util.Arrays;

/**
 * Sorts keys of the form {@code (small value << 32) | payload}, where the value is known to be
 * small (a document number, an importance rank), by one to three counting passes on the value over
 * the few thousand keys of a query, where a comparison sort took a twentieth of a typed query's
 * time. The passes are stable: keys with equal values keep their input order, so when their
 * payloads increase in input order (or values are distinct) the result is that of {@code
 * Arrays.sort}. Not thread-safe (it keeps its buffers): one per thread.
 */
public final class UpperRadix {

  /** Below this many keys a comparison sort is as fast. */
  private static final int MIN_KEYS = 256;

  private static final int MAX_DIGIT_BITS = 11;

  private final int[] counts = new int[1 << MAX_DIGIT_BITS];
  private long[] buffer = new long[0];

  /**
   * Sorts {@code keys[0, n)} in increasing order: non-negative keys whose {@code key >>> 32} is
   * below {@code limit}, with increasing payloads among equal values.
   *
   * @param limit a bound on the upper values (the number of documents, of ranks)
   */
  public void sort(long[] keys, int n, int limit) {
    if (n < MIN_KEYS) {
      Arrays.sort(keys, 0, n);
      return;
    }
    assert allBelow(keys, n, limit) : "a key's upper half is not below " + limit;
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, limit - 1)));
    int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
    int digitBits = (bits + passes - 1) / passes;
    int mask = (1 << digitBits) - 1;
    if (buffer.length < n) {
      buffer = new long[Math.max(n, buffer.length * 2)];
    }
    long[] from = keys;
    long[] to = buffer;
    for (int pass = 0; pass < passes; pass++) {
      int shift = 32 + pass * digitBits;
      Arrays.fill(counts, 0, mask + 1, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) (from[i] >>> shift) & mask]++;
      }
      int sum = 0;
      for (int d = 0; d <= mask; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long key = from[i];
        to[counts[(int) (key >>> shift) & mask]++] = key;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }

  private static boolean allBelow(long[] keys, int n, int limit) {
    for (int i = 0; i < n; i++) {
      if (keys[i] < 0 || (keys[i] >>> 32) >= limit) {
        return false;
      }
    }
    return true;
  }
}
