package fr.gouv.ban.geocoder.index;

/**
 * Inverted lists: for each term rank, the ascending document numbers that contain it and the term's
 * weight in each (addok's sorted-set score: field boost plus a tenth of importance, divided by the
 * number of words of the field value).
 */
public final class Postings {

  private final int[] starts;
  private final int[] docs;
  private final float[] weights;

  Postings(int[] starts, int[] docs, float[] weights) {
    this.starts = starts;
    this.docs = docs;
    this.weights = weights;
  }

  public int start(int term) {
    return starts[term];
  }

  public int end(int term) {
    return starts[term + 1];
  }

  /** Document frequency of a term. */
  public int frequency(int term) {
    return starts[term + 1] - starts[term];
  }

  public int doc(int posting) {
    return docs[posting];
  }

  public float weight(int posting) {
    return weights[posting];
  }

  /** Weight of {@code term} in {@code doc}, or 0 when the document lacks the term. */
  public float weightIn(int term, int doc) {
    int low = starts[term];
    int high = starts[term + 1] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int value = docs[mid];
      if (value < doc) {
        low = mid + 1;
      } else if (value > doc) {
        high = mid - 1;
      } else {
        return weights[mid];
      }
    }
    return 0f;
  }

  /**
   * First posting in {@code [from, end)} whose document is at least {@code doc}, or {@code end}.
   */
  public int seek(int from, int end, int doc) {
    return SortedInts.seek(docs, from, end, doc);
  }

  int[] starts() {
    return starts;
  }

  int[] docs() {
    return docs;
  }

  float[] weights() {
    return weights;
  }
}
