package fr.gouv.ban.geocoder.index;

import java.util.Arrays;

/**
 * One-edit typo tolerance by deletion neighbourhood (SymSpell): every term is filed under itself
 * and under each string obtained by deleting one of its characters. Two words are within one edit
 * (insertion, deletion, substitution or adjacent transposition) only if their neighbourhoods meet,
 * so a lookup is a handful of binary searches instead of addok's generation of hundreds of
 * variants. Entries pack a 40-bit hash and a 24-bit term rank in one long; candidates are verified,
 * so hash collisions cannot produce false matches.
 */
public final class TypoIndex {

  /** Shorter terms have too many neighbours to be useful corrections. */
  public static final int MIN_LENGTH = 3;

  private static final int RANK_BITS = 24;
  private static final long RANK_MASK = (1L << RANK_BITS) - 1;

  private final long[] entries;

  TypoIndex(long[] entries) {
    this.entries = entries;
  }

  long[] entries() {
    return entries;
  }

  static TypoIndex build(TermDictionary terms) {
    if (terms.size() > RANK_MASK) {
      throw new IllegalStateException("too many terms for the typo index: " + terms.size());
    }
    long[] entries = new long[1024];
    int size = 0;
    StringBuilder scratch = new StringBuilder();
    for (int rank = 0; rank < terms.size(); rank++) {
      String term = terms.term(rank);
      if (term.length() < MIN_LENGTH) {
        continue;
      }
      long[] hashes = neighbourhoodHashes(term, scratch);
      if (size + hashes.length > entries.length) {
        entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + hashes.length));
      }
      for (long hash : hashes) {
        entries[size++] = (hash << RANK_BITS) | rank;
      }
    }
    entries = Arrays.copyOf(entries, size);
    Arrays.sort(entries);
    return new TypoIndex(entries);
  }

  /**
   * Ranks of the terms within one edit of {@code word}, {@code word} itself excluded, in ascending
   * rank order.
   */
  public int[] neighbours(String word, TermDictionary terms) {
    long[] hashes = neighbourhoodHashes(word, new StringBuilder());
    int[] found = new int[8];
    int count = 0;
    for (long hash : hashes) {
      int at = lowerBound(hash << RANK_BITS);
      for (; at < entries.length && (entries[at] >>> RANK_BITS) == hash; at++) {
        int rank = (int) (entries[at] & RANK_MASK);
        String term = terms.term(rank);
        if (!contains(found, count, rank) && !term.equals(word) && withinOneEdit(word, term)) {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = rank;
        }
      }
    }
    int[] result = Arrays.copyOf(found, count);
    Arrays.sort(result);
    return result;
  }

  private int lowerBound(long key) {
    int low = 0;
    int high = entries.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** Hashes of the word and of its distinct one-deletion variants. */
  private static long[] neighbourhoodHashes(String word, StringBuilder scratch) {
    long[] hashes = new long[word.length() + 1];
    int count = 0;
    hashes[count++] = hash(word);
    for (int i = 0; i < word.length(); i++) {
      if (i > 0 && word.charAt(i) == word.charAt(i - 1)) {
        continue; // deleting either of two equal neighbours gives the same string
      }
      scratch.setLength(0);
      scratch.append(word, 0, i).append(word, i + 1, word.length());
      hashes[count++] = hash(scratch);
    }
    return Arrays.copyOf(hashes, count);
  }

  /** 40-bit FNV-1a. */
  private static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return (h ^ (h >>> 40)) & ((1L << 40) - 1);
  }

  /** Optimal-string-alignment distance of at most one, without building a matrix. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    if (la == lb) {
      if (prefix == la) {
        return true;
      }
      if (a.regionMatches(prefix + 1, b, prefix + 1, la - prefix - 1)) {
        return true; // substitution
      }
      return prefix + 1 < la
          && a.charAt(prefix) == b.charAt(prefix + 1)
          && a.charAt(prefix + 1) == b.charAt(prefix)
          && a.regionMatches(prefix + 2, b, prefix + 2, la - prefix - 2); // transposition
    }
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix);
  }
}
