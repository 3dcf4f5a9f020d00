package fr.gouv.ban.geocoder.index;

import java.util.Arrays;

/**
 * The postings of frequent terms by decreasing importance of their documents. Documents are
 * numbered by id (a commune's streets, postings and housenumbers stay together in memory), so a
 * posting list, sorted by document, is not in importance order; the search reads a word too common
 * to read whole from its most important documents on, and needs that order for the terms it may
 * leave unread. Each document has a rank (its position by decreasing importance, then number), and
 * each term with more than {@link #MIN_FREQUENCY} postings the indexes of its postings by
 * increasing rank, with those ranks beside them (derived, not stored): the sample reads a list's
 * ranks in sequence up to where it stops, where looking each one up through its posting's document
 * missed the cache twice per entry. 8 bytes per posting of those terms. Shorter lists are sorted
 * when read (at most {@link #MIN_FREQUENCY} postings each).
 */
final class ImportanceOrder {

  /** Terms with more postings than this keep their importance order. */
  static final int MIN_FREQUENCY = HeaviestPostings.COUNT;

  /** Per document, its position by decreasing importance, then increasing number. */
  private final int[] ranks;

  /** Per term, the start of its entries in {@link #postings}; one more entry at the end. */
  private final int[] starts;

  /** Posting indexes into {@link Postings}' arrays, by increasing rank of their document. */
  private final int[] postings;

  /** The rank of each entry of {@link #postings}' document. */
  private final int[] entryRanks;

  private ImportanceOrder(int[] ranks, int[] starts, int[] postings, int[] entryRanks) {
    this.ranks = ranks;
    this.starts = starts;
    this.postings = postings;
    this.entryRanks = entryRanks;
  }

  /**
   * The order as a snapshot keeps it, its entries' ranks derived again.
   *
   * @param docs the documents of the postings {@code postings} points into
   */
  static ImportanceOrder read(int[] ranks, int[] starts, int[] postings, int[] docs) {
    return new ImportanceOrder(ranks, starts, postings, entryRanks(ranks, postings, docs));
  }

  private static int[] entryRanks(int[] ranks, int[] postings, int[] docs) {
    int[] entryRanks = new int[postings.length];
    for (int i = 0; i < postings.length; i++) {
      entryRanks[i] = ranks[docs[postings[i]]];
    }
    return entryRanks;
  }

  static ImportanceOrder of(int[] postingStarts, int[] docs, float[] importances) {
    int documents = importances.length;
    long[] keys = new long[documents];
    for (int d = 0; d < documents; d++) {
      // importances are non-negative: their bits order them; the complement puts the largest first
      keys[d] = ((long) ~Float.floatToIntBits(importances[d]) << 32) | d;
    }
    // ~bits of a non-negative float is negative, in decreasing order of the float: signed order
    Arrays.sort(keys);
    int[] ranks = new int[documents];
    for (int r = 0; r < documents; r++) {
      ranks[(int) keys[r]] = r;
    }
    int terms = postingStarts.length - 1;
    int[] starts = new int[terms + 1];
    for (int t = 0; t < terms; t++) {
      int frequency = postingStarts[t + 1] - postingStarts[t];
      starts[t + 1] = starts[t] + (frequency > MIN_FREQUENCY ? frequency : 0);
    }
    int[] out = new int[starts[terms]];
    int[] outRanks = new int[out.length];
    long[] scratch = new long[0];
    for (int t = 0; t < terms; t++) {
      int from = postingStarts[t];
      int n = starts[t + 1] - starts[t];
      if (n == 0) {
        continue;
      }
      if (scratch.length < n) {
        scratch = new long[n];
      }
      for (int i = 0; i < n; i++) {
        scratch[i] = ((long) ranks[docs[from + i]] << 32) | (from + i);
      }
      Arrays.sort(scratch, 0, n);
      for (int i = 0; i < n; i++) {
        out[starts[t] + i] = (int) scratch[i];
        outRanks[starts[t] + i] = (int) (scratch[i] >>> 32);
      }
    }
    return new ImportanceOrder(ranks, starts, out, outRanks);
  }

  int rank(int doc) {
    return ranks[doc];
  }

  /** Whether {@code term} has its postings in importance order here. */
  boolean has(int term) {
    return starts[term + 1] > starts[term];
  }

  int start(int term) {
    return starts[term];
  }

  int end(int term) {
    return starts[term + 1];
  }

  int posting(int i) {
    return postings[i];
  }

  /** The rank of the document of entry {@code i}: increasing within a term's entries. */
  int entryRank(int i) {
    return entryRanks[i];
  }

  /** Documents ranked. */
  int documents() {
    return ranks.length;
  }

  int[] ranks() {
    return ranks;
  }

  int[] starts() {
    return starts;
  }

  int[] postings() {
    return postings;
  }
}
