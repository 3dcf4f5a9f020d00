package fr.gouv.ban.geocoder.index;

/**
 * The posting lists of the commonest terms ("rue", "de", "la": a million documents each at France
 * scale) also as bit sets over the documents, with a running count of set bits per 64 documents.
 * Checking whether a gathered document holds such a term is then one bit read in a set that stays
 * in the CPU's caches, and its posting (for the weight) is found by counting bits, where a
 * galloping search through the term's million document numbers misses the cache at each step.
 * Derived from the postings when they are built or read (snapshots do not carry it); only terms in
 * at least one document in {@value #MIN_SHARE} get one, so a set costs less than the list it
 * mirrors.
 */
final class DenseLists {

  /** A term gets a bit set when it is in at least one document in this many. */
  static final int MIN_SHARE = 32;

  private final int[] slots; // term -> index among dense terms, or -1
  private final long[][] bits;
  private final int[][] ranks; // set bits before each 64-document word

  private DenseLists(int[] slots, long[][] bits, int[][] ranks) {
    this.slots = slots;
    this.bits = bits;
    this.ranks = ranks;
  }

  static DenseLists of(int[] starts, int[] docs) {
    int terms = starts.length - 1;
    int universe = 0;
    for (int t = 0; t < terms; t++) {
      if (starts[t + 1] > starts[t]) {
        universe = Math.max(universe, docs[starts[t + 1] - 1] + 1);
      }
    }
    int[] slots = new int[terms];
    int dense = 0;
    for (int t = 0; t < terms; t++) {
      boolean common = universe > 0 && (long) (starts[t + 1] - starts[t]) * MIN_SHARE >= universe;
      slots[t] = common ? dense++ : -1;
    }
    int words = (universe + 63) >>> 6;
    long[][] bits = new long[dense][];
    int[][] ranks = new int[dense][];
    for (int t = 0; t < terms; t++) {
      if (slots[t] < 0) {
        continue;
      }
      long[] set = new long[words];
      for (int p = starts[t]; p < starts[t + 1]; p++) {
        set[docs[p] >>> 6] |= 1L << docs[p];
      }
      int[] before = new int[words];
      for (int w = 1; w < words; w++) {
        before[w] = before[w - 1] + Long.bitCount(set[w - 1]);
      }
      bits[slots[t]] = set;
      ranks[slots[t]] = before;
    }
    return new DenseLists(slots, bits, ranks);
  }

  boolean has(int term) {
    return slots[term] >= 0;
  }

  /**
   * Offset of {@code doc} in the posting list of {@code term} (a term that {@link #has} a set), or
   * -1 when the document lacks the term.
   */
  int offset(int term, int doc) {
    int slot = slots[term];
    int word = doc >>> 6;
    long[] set = bits[slot];
    if (word >= set.length) {
      return -1;
    }
    long value = set[word];
    long bit = 1L << doc;
    if ((value & bit) == 0) {
      return -1;
    }
    return ranks[slot][word] + Long.bitCount(value & (bit - 1));
  }
}
