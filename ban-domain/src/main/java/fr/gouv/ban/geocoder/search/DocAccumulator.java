package fr.gouv.ban.geocoder.search;

import java.util.Arrays;

/**
 * Per-thread scratch of candidate collection: an open-addressing table from document number to
 * (summed weight, bit mask of matched query words, best weight of the word being read). Sized by
 * the number of touched documents, not by the index, and cleared through its list of used slots, so
 * a query on a national index neither allocates nor sweeps millions of entries.
 *
 * <p>Besides the table, a list of <em>alive</em> slots: the documents that can still reach the
 * number of matched words asked for. {@link #prune} drops the others from it (they stay in the
 * table, marked, so that a scan of postings skips them), and the words still to be read are only
 * checked in the alive documents.
 */
final class DocAccumulator {

  private int[] keys = new int[1024]; // document + 1; 0 = empty
  private float[] scores = new float[1024];
  private int[] masks = new int[1024];
  private float[] wordBest = new float[1024];
  private int[] usedSlots = new int[512];
  private int size;
  private int[] alive = new int[512];
  private int aliveCount;

  /**
   * Mask bit of a pruned document (query words use the low {@value CandidateCollector#MAX_WORDS}).
   */
  private static final int DEAD = 1 << 31;

  void clear() {
    for (int i = 0; i < size; i++) {
      keys[usedSlots[i]] = 0;
    }
    size = 0;
    aliveCount = 0;
  }

  /** Makes every touched document alive; called once the driving words are read. */
  void startChecking() {
    if (alive.length < size) {
      alive = new int[usedSlots.length];
    }
    System.arraycopy(usedSlots, 0, alive, 0, size);
    aliveCount = size;
  }

  int aliveCount() {
    return aliveCount;
  }

  /** Slot of the i-th alive document. */
  int aliveSlot(int i) {
    return alive[i];
  }

  /** Whether a slot was pruned. */
  boolean isDead(int slot) {
    return masks[slot] < 0;
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
        alive[kept++] = slot;
      } else {
        masks[slot] |= DEAD;
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

  int doc(int slot) {
    return keys[slot] - 1;
  }

  float score(int slot) {
    return scores[slot];
  }

  /** Bits of the query words a slot matched. */
  int mask(int slot) {
    return masks[slot] & ~DEAD;
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
