package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.index.LongTopK;
import fr.gouv.ban.geocoder.index.Postings;
import fr.gouv.ban.geocoder.index.SortedInts;
import fr.gouv.ban.geocoder.index.UpperRadix;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Per-thread scratch of candidate collection: an open-addressing table from document number to
 * (summed weight, bit mask of matched query words, best weight of the word being read). Sized by
 * the number of touched documents, not by the index, and cleared through its list of used slots, so
 * a query on a national index neither allocates nor sweeps millions of entries.
 *
 * <p>Besides the table, a list of <em>alive</em> slots: the documents that can still reach the
 * number of matched words asked for. {@link #prune} drops the others from it, and the words still
 * to be read are only checked in the alive documents, by a bit probe of the commonest terms, or by
 * a forward merge with their postings, which needs the list by document ({@link #sortAlive}: done
 * on demand, since a query checked only against common words never needs it).
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
  private final UpperRadix radix = new UpperRadix();
  private int aliveCount;
  private boolean aliveSorted;
  private int gathered;
  private int[] heads = new int[8];
  private int[] ends = new int[8];
  private final LongTopK heaviest = new LongTopK(Postings.HEAVIEST);
  private long[] entryKeys = new long[0];
  private int[] entryLists = new int[0];
  private int[] entryPostings = new int[0];
  private int entryCount;
  private boolean gatheredAll;
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
        openDirect(count++, doc);
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
    aliveSorted = true;
    gathered = count;
  }

  /**
   * Gathers the first {@code maxDocs} documents by importance of the union of one word's posting
   * lists (its terms: the word itself, its completions, its typo corrections): these are the word's
   * most important documents. A word has up to thousands of lists, so rather than merging them (a
   * heap as wide as the lists, and a sort of every short list by importance), each list is read
   * only below an importance rank {@code cut}, guessed from the lists' sizes and raised ×4 until
   * the entries below it hold enough documents; the entries are then sorted by (rank, list), the
   * order a merge would give. The alive list is left in gathering order ({@link #addHeaviest} may
   * add to it).
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
    long total = 0;
    for (int j = 0; j < lists; j++) {
      total += postings.frequency(terms[j]);
    }
    int documents = postings.importanceRanks();
    // the ranks below which the lists hold about twice maxDocs entries, if ranks were spread evenly
    long cut = Math.max(64, 2L * maxDocs * documents / Math.max(1, total));
    while (true) {
      boolean below = readBelow(postings, terms, lists, (int) Math.min(cut, documents));
      int count = gatherEntries(postings, bit, factors, excluded, maxDocs);
      if (count == maxDocs) {
        return below && gatheredAll;
      }
      if (below) {
        return true;
      }
      cut *= 4;
    }
  }

  /**
   * Reads the entries of every list whose document ranks below {@code cut}, as (rank, entry) keys
   * in {@code entryKeys} with their list and posting.
   *
   * @return whether no list has entries at or above the cut
   */
  private boolean readBelow(Postings postings, int[] terms, int lists, int cut) {
    entryCount = 0;
    boolean whole = true;
    for (int j = 0; j < lists; j++) {
      int term = terms[j];
      if (postings.hasImportanceOrder(term)) {
        int i = postings.importanceStart(term);
        int end = postings.importanceEnd(term);
        for (; i < end; i++) {
          int rank = postings.importanceRankAt(i);
          if (rank >= cut) {
            whole = false;
            break;
          }
          addEntry(rank, j, postings.importancePosting(i));
        }
      } else { // a short list, in document order
        for (int p = postings.start(term), end = postings.end(term); p < end; p++) {
          int rank = postings.importanceRank(postings.doc(p));
          if (rank < cut) {
            addEntry(rank, j, p);
          } else {
            whole = false;
          }
        }
      }
    }
    return whole;
  }

  private void addEntry(int rank, int list, int posting) {
    if (entryCount == entryKeys.length) {
      int capacity = Math.max(64, entryCount * 2);
      entryKeys = Arrays.copyOf(entryKeys, capacity);
      entryLists = Arrays.copyOf(entryLists, capacity);
      entryPostings = Arrays.copyOf(entryPostings, capacity);
    }
    // by rank, then by entry: lists are read in order, so a document's terms keep the word's order
    entryKeys[entryCount] = ((long) rank << 32) | entryCount;
    entryLists[entryCount] = list;
    entryPostings[entryCount] = posting;
    entryCount++;
  }

  /**
   * Makes alive the documents of the entries read, by increasing rank, up to {@code maxDocs} that
   * are not excluded; returns how many.
   */
  private int gatherEntries(
      Postings postings, int bit, float[] factors, BitSet excluded, int maxDocs) {
    clear();
    ensureDirect(Math.min(entryCount, maxDocs) + Postings.HEAVIEST); // room for addHeaviest
    long[] keys = entryKeys;
    radix.sort(keys, entryCount, postings.importanceRanks()); // by rank, then entry
    int count = 0;
    int rank = -1;
    int e = 0;
    while (e < entryCount && count < maxDocs) {
      rank = (int) (keys[e] >>> 32);
      int doc = postings.doc(entryPostings[entry(keys[e])]);
      boolean keep = excluded == null || !excluded.get(doc);
      int slot = count;
      if (keep) {
        openDirect(count++, doc);
      }
      for (; e < entryCount && (int) (keys[e] >>> 32) == rank; e++) {
        int at = entry(keys[e]);
        if (keep) {
          match(slot, bit, postings.weight(entryPostings[at]) * factors[entryLists[at]]);
        }
      }
    }
    lastRank = rank;
    gatheredAll = e == entryCount;
    aliveCount = count;
    aliveSorted = false;
    gathered = count;
    return count;
  }

  private static int entry(long key) {
    return (int) key;
  }

  /**
   * After a {@link #mergeFirst} that left documents out, adds those of the word's {@link
   * Postings#HEAVIEST} heaviest postings (the word in a short name) that it left out: the weight
   * ranking of the whole list would prefer them, like the commune "Paris" for "paris", whatever
   * their importance.
   */
  void addHeaviest(
      Postings postings, int[] terms, int bit, float[] factors, int lists, BitSet excluded) {
    heaviest.clear();
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
        if (heaviest.isFull() && key <= heaviest.smallest()) {
          if (heavy) {
            break; // the rest of this list is lighter
          }
          continue;
        }
        if (postings.importanceRank(doc) <= lastRank || (excluded != null && excluded.get(doc))) {
          continue; // already gathered, or ignored
        }
        heaviest.offer(key);
      }
    }
    // by document, so that a document's entries (one per term) are adjacent
    long[] best = heaviest.values();
    for (int i = 0; i < best.length; i++) {
      long key = best[i];
      best[i] = ((long) (Integer.MAX_VALUE - (int) key) << 32) | (key >>> 32);
    }
    Arrays.sort(best);
    int merged = aliveCount;
    for (long entry : best) {
      int doc = (int) (entry >>> 32);
      float weight = Float.intBitsToFloat((int) entry);
      if (aliveCount == merged || aliveDocs[aliveCount - 1] != doc) {
        openDirect(aliveCount++, doc);
      }
      match(alive[aliveCount - 1], bit, weight);
    }
    if (aliveCount > merged) {
      aliveSorted = false; // appended after the gathered ones, whatever their order
    }
    gathered = aliveCount;
  }

  /** Sorts the alive list by document, if it is not already. */
  void sortAlive() {
    if (aliveSorted) {
      return;
    }
    aliveSorted = true;
    int documents = 0;
    for (int i = 0; i < aliveCount; i++) {
      sortScratch[i] = ((long) aliveDocs[i] << 32) | alive[i];
      documents = Math.max(documents, aliveDocs[i] + 1);
    }
    radix.sort(sortScratch, aliveCount, documents); // documents are distinct
    for (int i = 0; i < aliveCount; i++) {
      aliveDocs[i] = (int) (sortScratch[i] >>> 32);
      alive[i] = (int) sortScratch[i];
    }
  }

  /**
   * Makes {@code doc} the {@code i}-th alive document, in the directly addressed slot {@code i}.
   */
  private void openDirect(int i, int doc) {
    masks[i] = 0;
    scores[i] = 0;
    aliveDocs[i] = doc;
    alive[i] = i;
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

  /** Makes every touched document alive, in touch order; called once the driving words are read. */
  void startChecking() {
    if (alive.length < size) {
      alive = new int[usedSlots.length];
      aliveDocs = new int[usedSlots.length];
      sortScratch = new long[usedSlots.length];
    }
    for (int i = 0; i < size; i++) {
      aliveDocs[i] = keys[usedSlots[i]] - 1;
      alive[i] = usedSlots[i];
    }
    aliveCount = size;
    aliveSorted = false;
    gathered = size;
  }

  int aliveCount() {
    return aliveCount;
  }

  /** Slot of the i-th alive document. */
  int aliveSlot(int i) {
    return alive[i];
  }

  /** The i-th alive document (increasing with i once {@link #sortAlive sorted}). */
  int aliveDoc(int i) {
    return aliveDocs[i];
  }

  /**
   * Index of the first alive document at least {@code doc}, from {@code from} (the list {@link
   * #sortAlive sorted}).
   */
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
