package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.TermDictionary;
import fr.gouv.ban.geocoder.text.QueryToken;
import fr.gouv.ban.geocoder.text.TextNormalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a query word to index terms: the word's phonetic key; for the word being typed, the
 * completions of its folded spelling and of its phonetic key (so "quim" reaches "kinper", Quimper's
 * key); and on request, or when nothing else matched, the terms one edit away.
 *
 * <p>A short prefix ("r", "ta", "bou") has thousands of completions at France scale, of which only
 * the most frequent fit the posting budget; finding them (every completion's frequency, a sort)
 * took a twentieth of a typed query's time, so the completions of such prefixes are kept once
 * found, up to {@value #TRIMMED_LIMIT} prefixes: the short prefixes people type come first, and the
 * limit bounds what odd input ("rhhhh", whose phonetic key is "r") can make it hold.
 */
final class TokenResolver {

  static final float COMPLETION_FACTOR = 0.9f;
  static final float TYPO_FACTOR = 0.8f;

  private static final int TRIMMED_LIMIT = 1_024;

  /** Typos of short words are too ambiguous to correct. */
  private static final int MIN_TYPO_LENGTH = 4;

  private final CompactIndex index;
  private final TextNormalizer normalizer;
  private final SearchSettings settings;
  private final Map<String, int[]> trimmedCompletions = new ConcurrentHashMap<>();

  TokenResolver(CompactIndex index, TextNormalizer normalizer, SearchSettings settings) {
    this.index = index;
    this.normalizer = normalizer;
    this.settings = settings;
  }

  /**
   * @param afterWords whether the query has other words than this one
   */
  ResolvedToken resolve(QueryToken token, boolean autocomplete, boolean typos, boolean afterWords) {
    Builder out = new Builder();
    String key = token.term().key();
    int exact = index.terms().find(key);
    if (exact >= 0) {
      out.add(exact, 1f);
    }
    int minPrefix = afterWords ? settings.minPrefixLengthAfterWords() : settings.minPrefixLength();
    if (autocomplete && token.isLast() && token.prefix().length() >= minPrefix) {
      addCompletions(token.prefix(), out);
    }
    String folded = token.term().folded();
    if ((typos || out.size == 0) && !isDigits(folded)) {
      // the phonetic key drops silent letters ("jole" → "jol"): its length does not say how
      // ambiguous the typed word is, the typed spelling does
      if (key.length() >= MIN_TYPO_LENGTH) {
        for (int term : index.typos().neighbours(key, index.terms())) {
          out.add(term, TYPO_FACTOR);
        }
      }
      if (folded.length() >= MIN_TYPO_LENGTH) {
        for (int word : index.foldedTypos().neighbours(folded, index.foldedWords())) {
          out.add(index.termOfFoldedWord(word), TYPO_FACTOR);
        }
      }
    }
    return out.build(index);
  }

  private void addCompletions(String prefix, Builder out) {
    int[] kept = trimmedCompletions.get(prefix);
    if (kept == null) {
      int[] all = completions(prefix);
      kept = withinBudget(all);
      if (kept.length < all.length && trimmedCompletions.size() < TRIMMED_LIMIT) {
        trimmedCompletions.put(prefix, kept);
      }
    }
    for (int term : kept) {
      out.add(term, COMPLETION_FACTOR);
    }
  }

  /** Terms completing the folded prefix, then those completing its phonetic key. */
  private int[] completions(String prefix) {
    TermDictionary folded = index.foldedWords();
    int[] candidates = new int[16];
    int count = 0;
    for (int r = folded.prefixStart(prefix), end = folded.prefixEnd(prefix); r < end; r++) {
      candidates = append(candidates, count++, index.termOfFoldedWord(r));
    }
    String phoneticPrefix = normalizer.key(prefix);
    TermDictionary terms = index.terms();
    for (int r = terms.prefixStart(phoneticPrefix), end = terms.prefixEnd(phoneticPrefix);
        r < end;
        r++) {
      candidates = append(candidates, count++, r);
    }
    return Arrays.copyOf(candidates, count);
  }

  /**
   * The most frequent completions whose postings fit the budget (addok orders by frequency too).
   */
  private int[] withinBudget(int[] terms) {
    long total = 0;
    for (int term : terms) {
      total += index.postings().frequency(term);
    }
    if (total <= settings.completionPostingBudget()) {
      return terms;
    }
    long[] byFrequency = new long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      byFrequency[i] = ((long) index.postings().frequency(terms[i]) << 32) | terms[i];
    }
    Arrays.sort(byFrequency);
    int[] kept = new int[terms.length];
    int count = 0;
    long used = 0;
    for (int i = byFrequency.length - 1; i >= 0; i--) {
      long frequency = byFrequency[i] >>> 32;
      if (used + frequency > settings.completionPostingBudget()) {
        continue;
      }
      used += frequency;
      kept[count++] = (int) byFrequency[i];
    }
    return Arrays.copyOf(kept, count);
  }

  private static int[] append(int[] values, int at, int value) {
    int[] out = at == values.length ? Arrays.copyOf(values, at * 2) : values;
    out[at] = value;
    return out;
  }

  private static boolean isDigits(String s) {
    return s.chars().allMatch(Character::isDigit);
  }

  /**
   * Collects distinct terms in first-seen order, keeping the best factor of each. A short prefix
   * has thousands of completions at France scale, so duplicates are found by hashing, not by a scan
   * of the terms so far.
   */
  private static final class Builder {
    private int[] terms = new int[8];
    private float[] factors = new float[8];
    private int size;
    private int[] table = new int[32]; // index in terms + 1; 0 = empty

    void add(int term, float factor) {
      int mask = table.length - 1;
      int slot = hash(term) & mask;
      while (table[slot] != 0) {
        int i = table[slot] - 1;
        if (terms[i] == term) {
          factors[i] = Math.max(factors[i], factor);
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (size == terms.length) {
        terms = Arrays.copyOf(terms, size * 2);
        factors = Arrays.copyOf(factors, size * 2);
      }
      terms[size] = term;
      factors[size++] = factor;
      table[slot] = size;
      if (size * 2 > table.length) {
        rehash();
      }
    }

    private static int hash(int term) {
      int h = term * 0x9E3779B1;
      return h ^ (h >>> 16);
    }

    private void rehash() {
      table = new int[table.length * 2];
      int mask = table.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = hash(terms[i]) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = i + 1;
      }
    }

    ResolvedToken build(CompactIndex index) {
      long postings = 0;
      for (int i = 0; i < size; i++) {
        postings += index.postings().frequency(terms[i]);
      }
      return new ResolvedToken(Arrays.copyOf(terms, size), Arrays.copyOf(factors, size), postings);
    }
  }
}
