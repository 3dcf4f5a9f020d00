package fr.gouv.ban.geocoder.index;

/**
 * For each term with more than {@link #COUNT} postings, its {@link #COUNT} heaviest postings (by
 * decreasing weight, then increasing document). A query that reads only the most important
 * documents of a very common word ({@link ImportanceOrder}) still needs the documents where that
 * word weighs most ("paris" → the commune Paris, whose name is the word, is not among the most
 * important streets of Paris), and finding them would otherwise mean reading the whole list.
 */
final class HeaviestPostings {

  /** Postings kept per frequent term. */
  static final int COUNT = 64;

  /** Per term, the start of its entries in {@link #postings}; one more entry at the end. */
  private final int[] starts;

  /** Posting indexes into {@link Postings}' arrays. */
  private final int[] postings;

  HeaviestPostings(int[] starts, int[] postings) {
    this.starts = starts;
    this.postings = postings;
  }

  static HeaviestPostings of(int[] postingStarts, int[] docs, float[] weights) {
    int terms = postingStarts.length - 1;
    int[] starts = new int[terms + 1];
    for (int t = 0; t < terms; t++) {
      int frequency = postingStarts[t + 1] - postingStarts[t];
      starts[t + 1] = starts[t] + (frequency > COUNT ? COUNT : 0);
    }
    int[] out = new int[starts[terms]];
    for (int t = 0; t < terms; t++) {
      if (starts[t + 1] == starts[t]) {
        continue;
      }
      LongTopK heaviest = new LongTopK(COUNT);
      for (int p = postingStarts[t]; p < postingStarts[t + 1]; p++) {
        heaviest.offer(key(weights[p], p - postingStarts[t]));
      }
      long[] keys = heaviest.descending(); // heaviest first
      for (int i = 0; i < COUNT; i++) {
        out[starts[t] + i] = postingStarts[t] + offset(keys[i]);
      }
    }
    return new HeaviestPostings(starts, out);
  }

  /** Larger for a heavier posting, then for an earlier one (weights are positive). */
  private static long key(float weight, int offset) {
    return ((long) Float.floatToIntBits(weight) << 32) | (Integer.MAX_VALUE - offset);
  }

  private static int offset(long key) {
    return Integer.MAX_VALUE - (int) key;
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

  int[] starts() {
    return starts;
  }

  int[] postings() {
    return postings;
  }
}
