package fr.gouv.ban.geocoder.search;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Picks the best {@code budget} candidates by (informative words matched, has the queried
 * housenumber, summed weight, lower document number), evaluating the housenumber predicate only
 * where it can change the pick.
 *
 * <p>The predicate costs a memory read or two per document (a search in the street's numbers when
 * the queried number has a suffix or is above 64), and at France scale a typed prefix ("1 rue ber")
 * leaves tens of thousands of candidates. Only one tier of informative-word count needs it: the
 * tiers above it fit in the budget whole, whatever their numbers, and the tiers below it are cut
 * whole. In that boundary tier the candidates are read by decreasing weight and the predicate stops
 * as soon as enough of them have the number: the pick is the same as evaluating it everywhere, as
 * the collector used to.
 */
final class RankedCandidates {

  /** Key bits: informative words (5 bits, from bit 58), number (bit 57), weight, document. */
  private static final int TIER_SHIFT = 58;

  private static final long NUMBERED = 1L << 57;
  private static final long DOC_MASK = (1L << CandidateCollector.DOC_BITS) - 1;

  private long[] keys = new long[256];
  private int size;
  private final int[] tierSizes = new int[1 << (63 - TIER_SHIFT)];

  void clear() {
    size = 0;
    Arrays.fill(tierSizes, 0);
  }

  int size() {
    return size;
  }

  /**
   * @param informative informative words the document matched
   * @param weight its summed, positive weight
   */
  void add(int informative, float weight, int doc) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    // positive floats sort as ints; the lowest bit is dropped to make room for the number bit
    keys[size++] =
        ((long) informative << TIER_SHIFT)
            | ((long) (Float.floatToIntBits(weight) >>> 1) << CandidateCollector.DOC_BITS)
            | (DOC_MASK - doc); // larger key for a smaller document number
    tierSizes[informative]++;
  }

  /**
   * The best {@code budget} documents: all of them, by document, when they fit; otherwise by
   * decreasing tier and weight (the number is only known in the boundary tier; the engine scores
   * them all, so their order does not matter, but it never depends on the order of {@link #add}).
   *
   * @param hasNumber whether a document has the queried number, or null when the query has none
   */
  int[] top(int budget, IntPredicate hasNumber) {
    if (size <= budget) { // all of them, whatever their numbers
      int[] docs = new int[size];
      for (int i = 0; i < size; i++) {
        docs[i] = doc(keys[i]);
      }
      Arrays.sort(docs); // in an order that does not depend on the order they were added in
      return docs;
    }
    int wanted = budget;
    long[] picked = new long[wanted];
    int count = 0;
    heapify();
    int heapSize = size;
    long[] others = null; // boundary-tier candidates without the number, by decreasing weight
    int otherCount = 0;
    while (count < wanted) {
      int tier = (int) (keys[0] >>> TIER_SHIFT);
      boolean boundary = tierSizes[tier] > wanted - count;
      int left = tierSizes[tier];
      while (left-- > 0 && count < wanted) {
        long key = keys[0];
        keys[0] = keys[--heapSize];
        siftDown(0, heapSize);
        if (!boundary) {
          picked[count++] = key;
        } else if (hasNumber != null && hasNumber.test(doc(key))) {
          picked[count++] = key | NUMBERED;
        } else {
          if (others == null) {
            others = new long[wanted];
          }
          if (otherCount < others.length) {
            others[otherCount++] = key;
          }
        }
      }
      if (boundary) {
        for (int i = 0; i < otherCount && count < wanted; i++) {
          picked[count++] = others[i];
        }
        break;
      }
    }
    Arrays.sort(picked, 0, count);
    int[] docs = new int[count];
    for (int i = 0; i < count; i++) {
      docs[i] = doc(picked[count - 1 - i]);
    }
    return docs;
  }

  private static int doc(long key) {
    return (int) (DOC_MASK - (key & DOC_MASK));
  }

  /** Max-heap on the keys. */
  private void heapify() {
    for (int i = (size >>> 1) - 1; i >= 0; i--) {
      siftDown(i, size);
    }
  }

  private void siftDown(int i, int heapSize) {
    long value = keys[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && keys[child + 1] > keys[child]) {
        child++;
      }
      if (value >= keys[child]) {
        break;
      }
      keys[i] = keys[child];
      i = child;
    }
    keys[i] = value;
  }
}
