package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable;
import fr.gouv.ban.geocoder.index.LongTopK;
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
 *
 * <p>At France scale the rare words are not rare any more: a street-name word, a neighbouring
 * commune or a postcode each hold thousands of streets, and adding the documents of every one of
 * them, then probing the common words in each, made the cost grow with the index. So a first pass
 * gathers only what the should-match allows to skip. A document that matches {@code threshold} of
 * the {@code n} words misses at most {@code n - threshold} of them, so it holds one of the {@code n
 * - threshold + 1} rarest: only those add documents, every other word filters, and before each
 * filtering word the documents that can no longer reach the threshold with the words left are
 * dropped. When some document reaches the threshold, this pass has every document the exhaustive
 * one would keep, with the same words, weights and ranks; otherwise the exhaustive pass runs (the
 * best document's count of words is then needed, and only it gives it).
 *
 * <p>When even the rarest word is common ("8 rue des ", "2 rue ru": a typed prefix made of common
 * words and a short last word), that pass still reads hundreds of thousands of postings at France
 * scale, and keeps only the budget's few dozen documents by weight. Frequent terms keep their
 * postings by decreasing importance too ({@code Postings.importanceStart}): such a lone common
 * driver adds only its {@link SearchSettings#commonDriverSample} most important documents, and the
 * few where it weighs most (the commune "Paris" for "paris": what the weight ranking prefers), the
 * other words filter them as usual, and the sample grows (×4, a few times) while fewer than the
 * budget reach the threshold. This is addok's "manual scan" of the rarest common word's best-scored
 * ids, with a larger and growing window: among documents that all match the query about as well
 * (the labels of every "8 Rue des …" start with the query), the scorer ranks by importance, which
 * is the order the sample is drawn in. The reference pass ({@code exhaustive}) reads everything.
 */
final class CandidateCollector {

  private static final ThreadLocal<DocAccumulator> SCRATCH =
      ThreadLocal.withInitial(DocAccumulator::new);
  private static final ThreadLocal<RankedCandidates> RANKED =
      ThreadLocal.withInitial(RankedCandidates::new);

  /** At most this many words take part (one bit each in the match mask). */
  static final int MAX_WORDS = 30;

  static final int DOC_BITS = 27;
  // 5 + 1 + 30 + 27 = 63 bits: the sign bit stays clear so keys compare as signed longs
  private static final long DOC_MASK = (1L << DOC_BITS) - 1;

  /**
   * A binary search per alive document costs about this many postings read in sequence: a filtering
   * word is probed in each alive document when it has more postings than that, scanned otherwise.
   */
  private static final int PROBE_COST = 20;

  /** Up to this many driving posting lists are merged (each document looks at every list head). */
  private static final int MAX_MERGED_LISTS = 8;

  /** A common driver's sample grows by this factor, at most {@link #SAMPLE_GROWTHS} times. */
  private static final int SAMPLE_GROWTH = 4;

  private static final int SAMPLE_GROWTHS = 3;

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
    return collect(tokens, filters, excluded, center, hasNumber, limit, false);
  }

  /**
   * @param exhaustive skip the pruned first pass (the reference the tests compare it with)
   */
  int[] collect(
      List<ResolvedToken> tokens,
      FilterMatcher filters,
      BitSet excluded,
      GeoPoint center,
      IntPredicate hasNumber,
      int limit,
      boolean exhaustive) {
    int[] words = byPostings(tokens);
    // a word in more than an eighth of a small index is as common as "rue" in France
    long common = Math.min(settings.commonThreshold(), Math.max(100, index.documentCount() / 8));
    int drivers = Math.min(1, words.length); // the rarest word always adds documents
    while (drivers < words.length && tokens.get(words[drivers]).postings() <= common) {
      drivers++;
    }
    int threshold = (int) Math.ceil(tokens.size() * 2 / 3.0);
    int budget = Math.max(settings.candidateBudget(), limit);
    int informative = informativeWords(tokens);
    DocAccumulator acc = SCRATCH.get();
    int sufficient = words.length - threshold + 1;
    // the rarest word is common: no other word drives, and it is read from its most important
    // documents on
    int sample =
        !exhaustive && drivers == 1 && tokens.get(words[0]).postings() > common
            ? settings.commonDriverSample()
            : 0;
    if (!exhaustive && sufficient >= 1) {
      int driving = Math.min(drivers, sufficient);
      for (int growths = 0; ; growths++) {
        boolean whole = gather(acc, tokens, words, driving, threshold, excluded, sample);
        if (whole || growths == SAMPLE_GROWTHS || reaching(acc, threshold) >= budget) {
          break;
        }
        sample *= SAMPLE_GROWTH;
      }
      if (maxMatched(acc) >= threshold) {
        return select(acc, threshold, filters, center, hasNumber, budget, informative);
      }
    }
    gather(acc, tokens, words, drivers, 0, excluded, sample);
    return select(
        acc,
        Math.max(1, Math.min(threshold, maxMatched(acc))),
        filters,
        center,
        hasNumber,
        budget,
        informative);
  }

  /** Documents the last collection on this thread gathered (for tests). */
  static int lastGathered() {
    return SCRATCH.get().gathered();
  }

  /** Indexes of the words that have postings, rarest first (query order between equals). */
  private static int[] byPostings(List<ResolvedToken> tokens) {
    long[] keys = new long[tokens.size()];
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isEmpty()) {
        keys[count++] = (tokens.get(i).postings() << 5) | i;
      }
    }
    Arrays.sort(keys, 0, count);
    int[] words = new int[count];
    for (int i = 0; i < count; i++) {
      words[i] = (int) (keys[i] & 31);
    }
    return words;
  }

  /**
   * Reads the words in {@code words} order: the first {@code drivers} add their documents, the
   * others only add weight to the gathered ones.
   *
   * @param target words a document must match, to prune with; 0 keeps every gathered document
   * @param sample when positive, a lone driver adds only its first this many documents
   * @return whether the drivers' documents were all gathered
   */
  private boolean gather(
      DocAccumulator acc,
      List<ResolvedToken> tokens,
      int[] words,
      int drivers,
      int target,
      BitSet excluded,
      int sample) {
    boolean whole = true;
    if (sample > 0 && drivers == 1 && tokens.get(words[0]).postings() > sample) {
      ResolvedToken token = tokens.get(words[0]);
      float idf = idf(token);
      float[] factors = new float[token.terms().length];
      for (int a = 0; a < factors.length; a++) {
        factors[a] = token.factors()[a] * idf;
      }
      whole =
          acc.mergeFirst(
              index.postings(),
              token.terms(),
              1 << words[0],
              factors,
              factors.length,
              excluded,
              sample);
      if (!whole) {
        acc.addHeaviest(
            index.postings(), token.terms(), 1 << words[0], factors, factors.length, excluded);
      }
    } else if (!mergeDrivers(acc, tokens, words, drivers, excluded)) {
      acc.clear();
      for (int p = 0; p < drivers; p++) {
        int i = words[p];
        drive(acc, tokens.get(i), 1 << i, idf(tokens.get(i)), excluded);
      }
      acc.startChecking();
    }
    for (int p = drivers; p < words.length && acc.aliveCount() > 0; p++) {
      int needed = target - (words.length - p); // this word and the ones after it may still match
      if (needed > 0) {
        acc.prune(needed);
      }
      int i = words[p];
      check(acc, tokens.get(i), 1 << i, idf(tokens.get(i)));
    }
    return whole;
  }

  /**
   * Gathers the drivers' documents by merging their posting lists when they are few (words of one
   * or a few terms, the usual complete address); returns false for the hashing path (many
   * completions or typo variants).
   */
  private boolean mergeDrivers(
      DocAccumulator acc, List<ResolvedToken> tokens, int[] words, int drivers, BitSet excluded) {
    int lists = 0;
    for (int p = 0; p < drivers; p++) {
      lists += tokens.get(words[p]).terms().length;
    }
    if (lists > MAX_MERGED_LISTS) {
      return false;
    }
    int[] terms = new int[lists];
    int[] bits = new int[lists];
    float[] factors = new float[lists];
    int j = 0;
    for (int p = 0; p < drivers; p++) {
      ResolvedToken token = tokens.get(words[p]);
      float idf = idf(token);
      for (int a = 0; a < token.terms().length; a++, j++) {
        terms[j] = token.terms()[a];
        bits[j] = 1 << words[p];
        factors[j] = token.factors()[a] * idf;
      }
    }
    acc.merge(index.postings(), terms, bits, factors, lists, excluded);
    return true;
  }

  private float idf(ResolvedToken token) {
    return (float) Math.max(0.1, Math.log1p(index.documentCount() / (1.0 + token.postings())));
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

  /**
   * Adds a filtering word's weight to the alive documents that have it: the commonest terms are
   * probed in their bit sets ({@link Postings#find}); otherwise both lists are walked by document,
   * the shorter one read in sequence and the other searched forward from the last hit.
   */
  private void check(DocAccumulator acc, ResolvedToken token, int bit, float idf) {
    Postings postings = index.postings();
    for (int a = 0; a < token.terms().length; a++) {
      int term = token.terms()[a];
      float factor = token.factors()[a] * idf;
      int end = postings.end(term);
      if (acc.aliveCount() < postings.frequency(term) && postings.isDense(term)) {
        for (int i = 0; i < acc.aliveCount(); i++) {
          int p = postings.find(term, acc.aliveDoc(i));
          if (p >= 0) {
            acc.match(acc.aliveSlot(i), bit, postings.weight(p) * factor);
          }
        }
      } else if (acc.aliveCount() < postings.frequency(term)) {
        acc.sortAlive();
        int p = postings.start(term);
        for (int i = 0; i < acc.aliveCount() && p < end; i++) {
          int doc = acc.aliveDoc(i);
          p = postings.seek(p, end, doc);
          if (p < end && postings.doc(p) == doc) {
            acc.match(acc.aliveSlot(i), bit, postings.weight(p) * factor);
          }
        }
      } else {
        acc.sortAlive();
        int i = 0;
        for (int p = postings.start(term); p < end && i < acc.aliveCount(); p++) {
          int doc = postings.doc(p);
          i = acc.seekAlive(i, doc);
          if (i < acc.aliveCount() && acc.aliveDoc(i) == doc) {
            acc.match(acc.aliveSlot(i), bit, postings.weight(p) * factor);
          }
        }
      }
    }
  }

  /** Alive documents that match at least {@code threshold} words. */
  private static int reaching(DocAccumulator acc, int threshold) {
    int count = 0;
    for (int i = 0; i < acc.aliveCount(); i++) {
      if (Integer.bitCount(acc.mask(acc.aliveSlot(i))) >= threshold) {
        count++;
      }
    }
    return count;
  }

  private static int maxMatched(DocAccumulator acc) {
    int best = 0;
    for (int i = 0; i < acc.aliveCount(); i++) {
      best = Math.max(best, Integer.bitCount(acc.mask(acc.aliveSlot(i))));
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
    RankedCandidates byWeight = RANKED.get();
    byWeight.clear();
    LongTopK byDistance = new LongTopK(center == null ? 0 : budget / 2);
    DocumentTable docs = index.documents();
    for (int i = 0; i < acc.aliveCount(); i++) {
      int slot = acc.aliveSlot(i);
      int matched = Integer.bitCount(acc.mask(slot));
      int doc = acc.aliveDoc(i);
      if (matched < minMatched || (!filters.isEmpty() && !filters.acceptsDocument(doc))) {
        continue;
      }
      byWeight.add(Integer.bitCount(acc.mask(slot) & informative), acc.score(slot), doc);
      if (center != null) {
        long metres =
            Math.min((long) center.distanceMetres(docs.lat(doc), docs.lon(doc)), (1L << 30) - 1);
        byDistance.offer(
            ((long) matched << 58) | (((1L << 30) - 1 - metres) << DOC_BITS) | (DOC_MASK - doc));
      }
    }
    return merge(byWeight.top(budget, hasNumber), byDistance.descending());
  }

  private static int[] merge(int[] first, long[] second) {
    int[] docs = Arrays.copyOf(first, first.length + second.length);
    int count = first.length;
    for (long key : second) {
      int doc = (int) (DOC_MASK - (key & DOC_MASK));
      if (!containsDoc(docs, count, doc)) {
        docs[count++] = doc;
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
