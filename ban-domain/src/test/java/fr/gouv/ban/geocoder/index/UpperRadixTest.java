package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UpperRadixTest {

  /** Values below the limit, payloads increasing in input order: the order of Arrays.sort. */
  @Test
  void sortsAsAComparisonSortDoesWhateverTheSizeAndTheLimit() {
    SplittableRandom random = new SplittableRandom(7);
    UpperRadix radix = new UpperRadix();
    for (int n : new int[] {0, 1, 255, 256, 3_000, 70_000}) {
      for (int limit : new int[] {1, 2, 1_000, 2_535_023, 1 << 27, Integer.MAX_VALUE}) {
        long[] keys = new long[n + 5]; // longer than n: the tail must be left alone
        for (int i = 0; i < keys.length; i++) {
          keys[i] = ((long) random.nextInt(limit) << 32) | i;
        }
        long[] expected = keys.clone();
        Arrays.sort(expected, 0, n);
        radix.sort(keys, n, limit);
        assertThat(keys).as("n %d, limit %d", n, limit).isEqualTo(expected);
      }
    }
  }

  @Test
  void keepsTheInputOrderOfEqualValues() {
    UpperRadix radix = new UpperRadix();
    int n = 1_000;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) (i % 3) << 32) | (n - i); // payloads decrease: only stability orders them
    }
    radix.sort(keys, n, 3);
    for (int i = 1; i < n; i++) {
      boolean sameValue = keys[i] >>> 32 == keys[i - 1] >>> 32;
      assertThat(keys[i] >>> 32).isGreaterThanOrEqualTo(keys[i - 1] >>> 32);
      if (sameValue) {
        assertThat((int) keys[i]).isLessThan((int) keys[i - 1]);
      }
    }
  }
}
