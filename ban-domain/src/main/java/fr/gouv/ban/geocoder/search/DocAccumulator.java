package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.index.Postings;
import fr.gouv.ban.geocoder.index.SortedInts;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Per-thread scratch of candidate collection: an open-addressing table from document number to
 * (summed weight, bit mask of matched query words, best weight of the word being read). Sized by
 * the number of touched documents, not by the index, and cleared through its list of used slots, so
 * a query on a national index neither allocates nor sweeps millions of entries.
 *
 * <p>Besides the table, a list of <em>alive</em> slots sorted by document: the documents that can
 * still reach the number of matched words asked for. {@link #prune} drops the others from it, and
 * the words still to be read are only checked in the alive documents, by a forward merge with their
 * postings.
 */
final class DocAccumulator {

  private int[] keys = new int[1024]; // document + 1; 0 = empty
  private float[] scores = new float[1024];
  private int[] masks = new int[1024];
  private float[] wordBest = new float[1024];
  private int[] usedSlots = new int[512];
  private int size;
  private int[] alive = new int[512];
  private int[] aliveDocs = new int[512];
  private long[] sortScratch = new long[512];
  private int aliveCount;
  private int gathered;
  private int[] heads = new int[8];
  private int[] ends = new int[8];
  private long[] heap = new long[8];
  private long[] best = new long[0];
  private boolean[] sorted = new boolean[8];
  private int[] shortPostings = new int[0];
  private long[] shortKeys = new long[0];
  private int lastRank;

  void clear() {
    for (int i = 0; i < size; i++) {
      keys[usedSlots[i]] = 0;
    }
    size = 0;
    aliveCount = 0;
    gathered = 0;
  }

  /** Documents gathered by the driving words of the last collection. */
  int gathered() {
    return gathered;
  }

  /**
   * Gathers the documents of a few driving posting lists by merging them (they are sorted by
   * document): the alive list comes out sorted with no hashing and no sort, for {@link #prune} and
   * the filtering words; the table is left empty. Lists of one word must be consecutive, in the
   * order the hashing path reads them, so that each document sums the same weights in the same
   * order.
   *
   * @param terms the lists' terms; {@code bits} and {@code factors} give each list's query word and
   *     weight factor
   */
  void merge(
      Postings postings, int[] terms, int[] bits, float[] factors, int lists, BitSet excluded) {
    clear();
    if (heads.length < lists) {
      heads = new int[lists];
      ends = new int[lists];
      heap = new long[lists];
    }
    long total = 0;
    for (int j = 0; j < lists; j++) {
      heads[j] = postings.start(terms[j]);
      ends[j] = postings.end(terms[j]);
      total += ends[j] - heads[j];
    }
    ensureDirect((int) total);
    int count = 0;
    while (true) {
      int doc = Integer.MAX_VALUE;
      for (int j = 0; j < lists; j++) {
        if (heads[j] < ends[j]) {
          doc = Math.min(doc, postings.doc(heads[j]));
        }
      }
      if (doc == Integer.MAX_VALUE) {
        break;
      }
      boolean keep = excluded == null || !excluded.get(doc);
      int slot = count;
      if (keep) {
        masks[slot] = 0;
        scores[slot] = 0;
        aliveDocs[count] = doc;
        alive[count++] = slot;
      }
      for (int j = 0; j < lists; j++) {
        int p = heads[j];
        if (p < ends[j] && postings.doc(p) == doc) {
          if (keep) {
            match(slot, bits[j], postings.weight(p) * factors[j]);
          }
          heads[j] = p + 1;
        }
      }
    }
    aliveCount = count;
    gathered = count;
  }

  /**
   * Gathers the first {@code maxDocs} documents by importance of the union of one word's posting
   * lists (its terms: the word itself, its completions, its typo corrections): a heap merge of the
   * lists in importance order ({@link Postings#importanceStart}; a short list without that order is
   * sorted here), stopped there. These are the word's most important documents. The alive list is
   * left in gathering order: {@link #addHeaviest} may add to it, then {@link #sortAlive} sorts it
   * by document.
   *
   * @return whether every list was read to its end (nothing left out)
   */
  boolean mergeFirst(
      Postings postings,
      int[] terms,
      int bit,
      float[] factors,
      int lists,
      BitSet excluded,
      int maxDocs) {
    clear();
    if (heads.length < lists) {
      heads = new int[lists];
      ends = new int[lists];
      heap = new long[lists];
    }
    if (sorted.length < lists) {
      sorted = new boolean[Math.max(lists, sorted.length * 2)];
    }
    long total = 0;
    int shortCount = 0;
    for (int j = 0; j < lists; j++) {
      int term = terms[j];
      sorted[j] = postings.hasImportanceOrder(term);
      if (!sorted[j]) {
        shortCount += postings.frequency(term);
      }
      total += postings.frequency(term);
    }
    if (shortPostings.length < shortCount) {
      shortPostings = new int[Math.max(shortCount, shortPostings.length * 2)];
      shortKeys = new long[shortPostings.length];
    }
    int heapSize = 0;
    int next = 0;
    for (int j = 0; j < lists; j++) {
      int term = terms[j];
      if (sorted[j]) {
        heads[j] = postings.importanceStart(term);
        ends[j] = postings.importanceEnd(term);
      } else {
        int from = postings.start(term);
        int n = postings.frequency(term);
        for (int i = 0; i < n; i++) {
          shortKeys[i] =
              ((long) postings.importanceRank(postings.doc(from + i)) << 32) | (from + i);
        }
        Arrays.sort(shortKeys, 0, n);
        for (int i = 0; i < n; i++) {
          shortPostings[next + i] = (int) shortKeys[i];
        }
        heads[j] = next;
        ends[j] = next + n;
        next += n;
      }
      if (heads[j] < ends[j]) {
        heap[heapSize++] = headKey(postings, j);
      }
    }
    ensureDirect((int) Math.min(total, maxDocs) + Postings.HEAVIEST); // room for addHeaviest
    for (int i = (heapSize >>> 1) - 1; i >= 0; i--) {
      siftDown(heap, i, heapSize);
    }
    int count = 0;
    int rank = -1;
    while (heapSize > 0 && count < maxDocs) {
      rank = (int) (heap[0] >>> 32);
      int doc = postings.doc(headPosting(postings, (int) heap[0]));
      boolean keep = excluded == null || !excluded.get(doc);
      int slot = count;
      if (keep) {
        masks[slot] = 0;
        scores[slot] = 0;
        aliveDocs[count] = doc;
        alive[count++] = slot;
      }
      while (heapSize > 0 && (int) (heap[0] >>> 32) == rank) {
        int j = (int) heap[0];
        if (keep) {
          match(slot, bit, postings.weight(headPosting(postings, j)) * factors[j]);
        }
        if (++heads[j] < ends[j]) {
          heap[0] = headKey(postings, j);
        } else {
          heap[0] = heap[--heapSize];
        }
        siftDown(heap, 0, heapSize);
      }
    }
    lastRank = rank;
    aliveCount = count;
    gathered = count;
    return heapSize == 0;
  }

  /**
   * After a {@link #mergeFirst} that left documents out, adds those of the word's {@link
   * Postings#HEAVIEST} heaviest postings (the word in a short name) that it left out: the weight
   * ranking of the whole list would prefer them, like the commune "Paris" for "paris", whatever
   * their importance.
   */
  void addHeaviest(
      Postings postings, int[] terms, int bit, float[] factors, int lists, BitSet excluded) {
    if (best.length < Postings.HEAVIEST) {
      best = new long[Postings.HEAVIEST];
    }
    int size = 0;
    for (int j = 0; j < lists; j++) {
      int term = terms[j];
      boolean heavy = postings.frequency(term) > Postings.HEAVIEST;
      int from = heavy ? postings.heaviestStart(term) : postings.start(term);
      int to = heavy ? postings.heaviestEnd(term) : postings.end(term);
      for (int i = from; i < to; i++) {
        int p = heavy ? postings.heaviestPosting(i) : i;
        int doc = postings.doc(p);
        long key =
            ((long) Float.floatToIntBits(postings.weight(p) * factors[j]) << 32)
                | (Integer.MAX_VALUE - doc);
        if (size == Postings.HEAVIEST && key <= best[0]) {
          if (heavy) {
            break; // the rest of this list is lighter
          }
          continue;
        }
        if (postings.importanceRank(doc) <= lastRank || (excluded != null && excluded.get(doc))) {
          continue; // already gathered, or ignored
        }
        if (size < Postings.HEAVIEST) {
          best[size++] = key;
          if (size == Postings.HEAVIEST) {
            for (int h = (size >>> 1) - 1; h >= 0; h--) {
              siftDown(best, h, size);
            }
          }
        } else {
          best[0] = key;
          siftDown(best, 0, size);
        }
      }
    }
    // by document, so that a document's entries (one per term) are adjacent
    for (int i = 0; i < size; i++) {
      long key = best[i];
      best[i] = ((long) (Integer.MAX_VALUE - (int) key) << 32) | (key >>> 32);
    }
    Arrays.sort(best, 0, size);
    int merged = aliveCount;
    for (int i = 0; i < size; i++) {
      int doc = (int) (best[i] >>> 32);
      float weight = Float.intBitsToFloat((int) best[i]);
      if (aliveCount == merged || aliveDocs[aliveCount - 1] != doc) {
        masks[aliveCount] = 0;
        scores[aliveCount] = 0;
        aliveDocs[aliveCount] = doc;
        alive[aliveCount] = aliveCount;
        aliveCount++;
      }
      match(alive[aliveCount - 1], bit, weight);
    }
    gathered = aliveCount;
  }

  /** Sorts the alive list of a {@link #mergeFirst} (and {@link #addHeaviest}) by document. */
  void sortAlive() {
    for (int i = 0; i < aliveCount; i++) {
      sortScratch[i] = ((long) aliveDocs[i] << 32) | alive[i];
    }
    Arrays.sort(sortScratch, 0, aliveCount);
    for (int i = 0; i < aliveCount; i++) {
      aliveDocs[i] = (int) (sortScratch[i] >>> 32);
      alive[i] = (int) sortScratch[i];
    }
  }

  /** The posting at list {@code j}'s head. */
  private int headPosting(Postings postings, int j) {
    return sorted[j] ? postings.importancePosting(heads[j]) : shortPostings[heads[j]];
  }

  /** Heap key of list {@code j}'s head: its document's importance rank, then the list. */
  private long headKey(Postings postings, int j) {
    return ((long) postings.importanceRank(postings.doc(headPosting(postings, j))) << 32) | j;
  }

  /** Min-heap on the keys. */
  private static void siftDown(long[] heap, int i, int heapSize) {
    long value = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && heap[child + 1] < heap[child]) {
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

  /** Room for {@code count} entries addressed directly (slot i = i-th document), table aside. */
  private void ensureDirect(int count) {
    if (scores.length < count) {
      int capacity = Integer.highestOneBit(count) << 1; // a power of two, as the table needs
      scores = new float[capacity];
      masks = new int[capacity];
      wordBest = new float[capacity];
      keys = new int[capacity]; // empty: the table stays usable, only larger
    }
    if (alive.length < count) {
      int capacity = Math.max(count, alive.length * 2);
      alive = new int[capacity];
      aliveDocs = new int[capacity];
      sortScratch = new long[capacity];
    }
  }

  /**
   * Makes every touched document alive, in increasing document order (so that the filtering words'
   * postings are read forward); called once the driving words are read.
   */
  void startChecking() {
    if (alive.length < size) {
      alive = new int[usedSlots.length];
      aliveDocs = new int[usedSlots.length];
      sortScratch = new long[usedSlots.length];
    }
    for (int i = 0; i < size; i++) {
      sortScratch[i] = ((long) (keys[usedSlots[i]] - 1) << 32) | usedSlots[i];
    }
    Arrays.sort(sortScratch, 0, size);
    for (int i = 0; i < size; i++) {
      aliveDocs[i] = (int) (sortScratch[i] >>> 32);
      alive[i] = (int) sortScratch[i];
    }
    aliveCount = size;
    gathered = size;
  }

  int aliveCount() {
    return aliveCount;
  }

  /** Slot of the i-th alive document. */
  int aliveSlot(int i) {
    return alive[i];
  }

  /** The i-th alive document (increasing with i). */
  int aliveDoc(int i) {
    return aliveDocs[i];
  }

  /** Index of the first alive document at least {@code doc}, from {@code from}. */
  int seekAlive(int from, int doc) {
    return SortedInts.seek(aliveDocs, from, aliveCount, doc);
  }

  /**
   * Drops the alive documents that match fewer than {@code needed} words so far: with the words
   * left to read they cannot reach the number asked for.
   */
  void prune(int needed) {
    int kept = 0;
    for (int i = 0; i < aliveCount; i++) {
      int slot = alive[i];
      if (Integer.bitCount(masks[slot]) >= needed) {
        aliveDocs[kept] = aliveDocs[i];
        alive[kept++] = slot;
      }
    }
    aliveCount = kept;
  }

  int size() {
    return size;
  }

  /** Slot of the i-th touched document, in touch order. */
  int usedSlot(int i) {
    return usedSlots[i];
  }

  /** Document of a slot of the table (not of a merged gathering: use {@link #aliveDoc}). */
  int doc(int slot) {
    return keys[slot] - 1;
  }

  float score(int slot) {
    return scores[slot];
  }

  /** Bits of the query words a slot matched. */
  int mask(int slot) {
    return masks[slot];
  }

  /**
   * Slot of {@code doc}, inserting it when {@code create} (only before {@link #startChecking}); -1
   * when absent and not created.
   */
  int slot(int doc, boolean create) {
    int mask = keys.length - 1;
    int slot = mix(doc) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == doc + 1) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    if (!create) {
      return -1;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
      return slot(doc, true);
    }
    keys[slot] = doc + 1;
    scores[slot] = 0;
    masks[slot] = 0;
    if (size == usedSlots.length) {
      usedSlots = Arrays.copyOf(usedSlots, size * 2);
    }
    usedSlots[size++] = slot;
    return slot;
  }

  /** Adds the weight of query word {@code bit} to a slot; a word counts once, at its best. */
  void match(int slot, int bit, float weight) {
    if ((masks[slot] & bit) == 0) {
      masks[slot] |= bit;
      scores[slot] += weight;
      wordBest[slot] = weight;
    } else if (weight > wordBest[slot]) {
      scores[slot] += weight - wordBest[slot];
      wordBest[slot] = weight;
    }
  }

  private static int mix(int doc) {
    return (doc * 0x9E3779B1) ^ (doc >>> 15);
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldScores = scores;
    int[] oldMasks = masks;
    float[] oldBest = wordBest;
    int[] oldUsed = Arrays.copyOf(usedSlots, size);
    int capacity = keys.length * 2;
    keys = new int[capacity];
    scores = new float[capacity];
    masks = new int[capacity];
    wordBest = new float[capacity];
    usedSlots = new int[Math.max(usedSlots.length, capacity / 2)];
    size = 0;
    for (int old : oldUsed) {
      int slot = slot(oldKeys[old] - 1, true);
      scores[slot] = oldScores[old];
      masks[slot] = oldMasks[old];
      wordBest[slot] = oldBest[old];
    }
  }
}
