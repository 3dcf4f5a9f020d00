package fr.gouv.ban.geocoder.index;

/**
 * Sorted, distinct words; a word is identified by its rank. Exact lookup and prefix ranges are
 * binary searches over one char array, which is how autocomplete finds completions without an
 * n-gram table.
 */
public final class TermDictionary {

  private final char[] chars;
  private final int[] offsets;

  TermDictionary(char[] chars, int[] offsets) {
    this.chars = chars;
    this.offsets = offsets;
  }

  static TermDictionary of(String[] sortedTerms) {
    int total = 0;
    for (String term : sortedTerms) {
      total += term.length();
    }
    char[] chars = new char[total];
    int[] offsets = new int[sortedTerms.length + 1];
    int at = 0;
    for (int i = 0; i < sortedTerms.length; i++) {
      sortedTerms[i].getChars(0, sortedTerms[i].length(), chars, at);
      at += sortedTerms[i].length();
      offsets[i + 1] = at;
    }
    return new TermDictionary(chars, offsets);
  }

  public int size() {
    return offsets.length - 1;
  }

  public String term(int rank) {
    return new String(chars, offsets[rank], offsets[rank + 1] - offsets[rank]);
  }

  public int length(int rank) {
    return offsets[rank + 1] - offsets[rank];
  }

  char[] chars() {
    return chars;
  }

  int[] offsets() {
    return offsets;
  }

  /** Rank of {@code word}, or -1 when absent. */
  public int find(CharSequence word) {
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = compare(mid, word, Integer.MAX_VALUE);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** First rank whose word starts with {@code prefix} (or would, inserted). */
  public int prefixStart(CharSequence prefix) {
    return lowerBound(prefix, prefix.length(), false);
  }

  /** One past the last rank whose word starts with {@code prefix}. */
  public int prefixEnd(CharSequence prefix) {
    return lowerBound(prefix, prefix.length(), true);
  }

  private int lowerBound(CharSequence prefix, int limit, boolean strictlyAfter) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      int cmp = compare(mid, prefix, limit);
      if (cmp < 0 || (strictlyAfter && cmp == 0)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Compares the first {@code limit} chars of word {@code rank} with {@code other}. */
  private int compare(int rank, CharSequence other, int limit) {
    int from = offsets[rank];
    int length = Math.min(offsets[rank + 1] - from, limit);
    int otherLength = Math.min(other.length(), limit);
    int n = Math.min(length, otherLength);
    for (int i = 0; i < n; i++) {
      int diff = chars[from + i] - other.charAt(i);
      if (diff != 0) {
        return diff;
      }
    }
    return length - otherLength;
  }
}
