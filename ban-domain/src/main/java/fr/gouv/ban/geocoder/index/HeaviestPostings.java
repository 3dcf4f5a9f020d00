package fr.gouv.ban.geocoder.index;

/**
 * For each term with more than {@link #COUNT} postings, its {@link #COUNT} heaviest postings (by
 * decreasing weight, then increasing document). Postings are sorted by document, that is by
 * importance; a query that reads only the first documents of a very common word still needs the
 * documents where that word weighs most ("paris" → the commune Paris, whose name is the word, is
 * not among the most important streets of Paris), and finding them would otherwise mean reading the
 * whole list.
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
    long[] heap = new long[COUNT];
    for (int t = 0; t < terms; t++) {
      if (starts[t + 1] == starts[t]) {
        continue;
      }
      int size = 0;
      for (int p = postingStarts[t]; p < postingStarts[t + 1]; p++) {
        long key = key(weights[p], p - postingStarts[t]);
        if (size < COUNT) {
          heap[size++] = key;
          if (size == COUNT) {
            for (int i = (COUNT >>> 1) - 1; i >= 0; i--) {
              siftDown(heap, i, COUNT);
            }
          }
        } else if (key > heap[0]) {
          heap[0] = key;
          siftDown(heap, 0, COUNT);
        }
      }
      java.util.Arrays.sort(heap);
      for (int i = 0; i < COUNT; i++) { // heaviest first
        out[starts[t] + i] = postingStarts[t] + offset(heap[COUNT - 1 - i]);
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

  /** Min-heap on the keys. */
  private static void siftDown(long[] heap, int i, int size) {
    long value = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (value <= heap[child]) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = value;
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
