package fr.gouv.ban.geocoder.index;

/**
 * Inverted lists: for each term rank, the ascending document numbers that contain it and the term's
 * weight in each (addok's sorted-set score: field boost plus a tenth of importance, divided by the
 * number of words of the field value). Document numbers follow id order (a commune's documents are
 * neighbours); a frequent term also has its postings by decreasing importance ({@link
 * #importanceStart}), and its heaviest ones ({@link #heaviestStart}), for reading a very common
 * word from its most important documents only.
 */
public final class Postings {

  /** Heaviest postings kept per frequent term ({@link #heaviestStart}). */
  public static final int HEAVIEST = HeaviestPostings.COUNT;

  private final int[] starts;
  private final int[] docs;
  private final float[] weights;
  private final HeaviestPostings heaviest;
  private final ImportanceOrder order;
  private final DenseLists dense;

  /** Lists without their importance order yet ({@link #ordered}). */
  Postings(int[] starts, int[] docs, float[] weights) {
    this(starts, docs, weights, HeaviestPostings.of(starts, docs, weights), null);
  }

  Postings(
      int[] starts, int[] docs, float[] weights, HeaviestPostings heaviest, ImportanceOrder order) {
    this(starts, docs, weights, heaviest, order, DenseLists.of(starts, docs));
  }

  private Postings(
      int[] starts,
      int[] docs,
      float[] weights,
      HeaviestPostings heaviest,
      ImportanceOrder order,
      DenseLists dense) {
    this.starts = starts;
    this.docs = docs;
    this.weights = weights;
    this.heaviest = heaviest;
    this.order = order;
    this.dense = dense;
  }

  /** These lists with the importance order of documents of the given importances. */
  Postings ordered(float[] importances) {
    return new Postings(
        starts, docs, weights, heaviest, ImportanceOrder.of(starts, docs, importances), dense);
  }

  /** Documents ranked by {@link #importanceRank}: ranks are below this. */
  public int importanceRanks() {
    return order.documents();
  }

  /** Position of {@code doc} by decreasing importance, then increasing number. */
  public int importanceRank(int doc) {
    return order.rank(doc);
  }

  /**
   * Whether {@code term}'s postings are kept by decreasing importance ({@link #importanceStart});
   * those of a term with at most {@value ImportanceOrder#MIN_FREQUENCY} are not.
   */
  public boolean hasImportanceOrder(int term) {
    return order.has(term);
  }

  public int importanceStart(int term) {
    return order.start(term);
  }

  public int importanceEnd(int term) {
    return order.end(term);
  }

  /** The posting at position {@code i} of the postings by importance. */
  public int importancePosting(int i) {
    return order.posting(i);
  }

  /** The importance rank of the document of {@link #importancePosting}{@code (i)}. */
  public int importanceRankAt(int i) {
    return order.entryRank(i);
  }

  ImportanceOrder importanceOrder() {
    return order;
  }

  /**
   * First of the postings of {@code term} kept by decreasing weight ({@link #heaviestEnd}): the
   * {@value HeaviestPostings#COUNT} heaviest of a term that has more, none otherwise (its whole
   * list is as short).
   */
  public int heaviestStart(int term) {
    return heaviest.start(term);
  }

  public int heaviestEnd(int term) {
    return heaviest.end(term);
  }

  /** The posting at position {@code i} of the heaviest postings. */
  public int heaviestPosting(int i) {
    return heaviest.posting(i);
  }

  HeaviestPostings heaviest() {
    return heaviest;
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

  /**
   * The posting of {@code doc} in {@code term}'s list, or -1 when the document lacks the term: a
   * bit read for the commonest terms, a binary search otherwise. For probing documents that are far
   * apart in a long list; {@link #seek} walks a list forward.
   */
  public int find(int term, int doc) {
    if (dense.has(term)) {
      int offset = dense.offset(term, doc);
      return offset < 0 ? -1 : starts[term] + offset;
    }
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
        return mid;
      }
    }
    return -1;
  }

  /** Whether {@link #find} reads a bit set for {@code term} (one of the commonest terms). */
  public boolean isDense(int term) {
    return dense.has(term);
  }

  /** Weight of {@code term} in {@code doc}, or 0 when the document lacks the term. */
  public float weightIn(int term, int doc) {
    int p = find(term, doc);
    return p < 0 ? 0f : weights[p];
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
