package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.index.Postings;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Gathers the documents worth scoring, the way addok's intersections do but in one pass over int
 * postings. Words are read rarest first; rare words add documents, words more frequent than the
 * common threshold only add weight to documents already gathered (by binary search or by a scan of
 * their postings, whichever is cheaper). A document must match two thirds of the words (addok's
 * should-match), or as many as the best document does when none reaches that. The survivors are
 * ranked by (matched informative words, has the queried housenumber, summed weight, document
 * number) — a word found in most documents, like "paris" or the "france" of every Île-de-France
 * context, is not informative — and with a centre the nearest matching documents are kept as well
 * so that local results cannot be crowded out. Each word's weights are multiplied by its inverse
 * document frequency, which plays the part of addok's rare-words-first intersections: "8 rue
 * poirier d" ranks Rue Poirier de Narçay above the hundreds of "Rue d'…" that match as many words.
 */
final class CandidateCollector {

  private static final ThreadLocal<DocAccumulator> SCRATCH =
      ThreadLocal.withInitial(DocAccumulator::new);

  /** At most this many words take part (one bit each in the match mask). */
  static final int MAX_WORDS = 30;

  private static final int DOC_BITS = 27;
  // 5 + 1 + 30 + 27 = 63 bits: the sign bit stays clear so keys compare as signed longs
  private static final long DOC_MASK = (1L << DOC_BITS) - 1;

  private final CompactIndex index;
  private final SearchSettings settings;

  CandidateCollector(CompactIndex index, SearchSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  /**
   * @param tokens resolved words, in query order (at most {@link #MAX_WORDS})
   * @param limit hits wanted; only a limit above the candidate budget widens it
   * @return candidate documents, best first
   */
  int[] collect(
      List<ResolvedToken> tokens,
      FilterMatcher filters,
      BitSet excluded,
      GeoPoint center,
      IntPredicate hasNumber,
      int limit) {
    DocAccumulator acc = SCRATCH.get();
    acc.clear();
    Integer[] order = new Integer[tokens.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(tokens.get(a).postings(), tokens.get(b).postings()));
    // a word in more than an eighth of a small index is as common as "rue" in France
    long common = Math.min(settings.commonThreshold(), Math.max(100, index.documentCount() / 8));
    boolean first = true;
    for (int i : order) {
      ResolvedToken token = tokens.get(i);
      if (token.isEmpty()) {
        continue;
      }
      float idf =
          (float) Math.max(0.1, Math.log1p(index.documentCount() / (1.0 + token.postings())));
      if (first || token.postings() <= common) {
        drive(acc, token, 1 << i, idf, excluded);
      } else {
        check(acc, token, 1 << i, idf);
      }
      first = false;
    }
    int threshold = (int) Math.ceil(tokens.size() * 2 / 3.0);
    int budget = Math.max(settings.candidateBudget(), limit);
    return select(
        acc,
        Math.max(1, Math.min(threshold, maxMatched(acc))),
        filters,
        center,
        hasNumber,
        budget,
        informativeWords(tokens));
  }

  /** Bits of the words found in at most half the documents. */
  private int informativeWords(List<ResolvedToken> tokens) {
    int informative = 0;
    for (int i = 0; i < tokens.size(); i++) {
      // a word in most documents ("paris", "france" of every Île-de-France context) says little
      if (tokens.get(i).postings() <= index.documentCount() / 2) {
        informative |= 1 << i;
      }
    }
    return informative;
  }

  private void drive(DocAccumulator acc, ResolvedToken token, int bit, float idf, BitSet excluded) {
    Postings postings = index.postings();
    for (int a = 0; a < token.terms().length; a++) {
      int term = token.terms()[a];
      float factor = token.factors()[a] * idf;
      for (int p = postings.start(term), end = postings.end(term); p < end; p++) {
        int doc = postings.doc(p);
        if (excluded == null || !excluded.get(doc)) {
          acc.match(acc.slot(doc, true), bit, postings.weight(p) * factor);
        }
      }
    }
  }

  private void check(DocAccumulator acc, ResolvedToken token, int bit, float idf) {
    Postings postings = index.postings();
    long probeCost = (long) acc.size() * token.terms().length * 20;
    for (int a = 0; a < token.terms().length; a++) {
      int term = token.terms()[a];
      float factor = token.factors()[a] * idf;
      if (probeCost < token.postings()) {
        for (int i = 0; i < acc.size(); i++) {
          int slot = acc.usedSlot(i);
          float weight = postings.weightIn(term, acc.doc(slot));
          if (weight > 0) {
            acc.match(slot, bit, weight * factor);
          }
        }
      } else {
        for (int p = postings.start(term), end = postings.end(term); p < end; p++) {
          int slot = acc.slot(postings.doc(p), false);
          if (slot >= 0) {
            acc.match(slot, bit, postings.weight(p) * factor);
          }
        }
      }
    }
  }

  private static int maxMatched(DocAccumulator acc) {
    int best = 0;
    for (int i = 0; i < acc.size(); i++) {
      best = Math.max(best, Integer.bitCount(acc.mask(acc.usedSlot(i))));
    }
    return best;
  }

  private int[] select(
      DocAccumulator acc,
      int minMatched,
      FilterMatcher filters,
      GeoPoint center,
      IntPredicate hasNumber,
      int budget,
      int informative) {
    LongTopK byWeight = new LongTopK(budget);
    LongTopK byDistance = new LongTopK(center == null ? 0 : budget / 2);
    DocumentTable docs = index.documents();
    for (int i = 0; i < acc.size(); i++) {
      int slot = acc.usedSlot(i);
      int matched = Integer.bitCount(acc.mask(slot));
      int doc = acc.doc(slot);
      if (matched < minMatched || (!filters.isEmpty() && !filters.acceptsDocument(doc))) {
        continue;
      }
      long inverseDoc = DOC_MASK - doc; // larger key for a smaller document number
      long numbered = hasNumber != null && hasNumber.test(doc) ? 1L << 57 : 0;
      // informative words matched (5 bits), number found (1 bit), the weight's float bits
      // (positive floats sort as ints; the lowest bit is dropped to make room), document (27 bits)
      byWeight.offer(
          ((long) Integer.bitCount(acc.mask(slot) & informative) << 58)
              | numbered
              | ((long) (Float.floatToIntBits(acc.score(slot)) >>> 1) << DOC_BITS)
              | inverseDoc);
      if (center != null) {
        long metres =
            Math.min((long) center.distanceMetres(docs.lat(doc), docs.lon(doc)), (1L << 30) - 1);
        byDistance.offer(
            ((long) matched << 58) | (((1L << 30) - 1 - metres) << DOC_BITS) | inverseDoc);
      }
    }
    return merge(byWeight.descending(), byDistance.descending());
  }

  private static int[] merge(long[] first, long[] second) {
    int[] docs = new int[first.length + second.length];
    int count = 0;
    for (long[] keys : new long[][] {first, second}) {
      for (long key : keys) {
        int doc = (int) (DOC_MASK - (key & DOC_MASK));
        if (!containsDoc(docs, count, doc)) {
          docs[count++] = doc;
        }
      }
    }
    return Arrays.copyOf(docs, count);
  }

  private static boolean containsDoc(int[] docs, int count, int doc) {
    for (int i = 0; i < count; i++) {
      if (docs[i] == doc) {
        return true;
      }
    }
    return false;
  }
}
