package fr.gouv.ban.geocoder.search;

import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.HousenumberTable;
import fr.gouv.ban.geocoder.index.NumberSummary;

/**
 * Finds a queried housenumber among the numbers of a street (sorted by number, then suffix). Exact
 * means same number and same normalised suffix. Otherwise the nearest number is the closest one on
 * the same side of the street (same parity, as French numbering goes), or on either side when that
 * side has none; an exact number with another suffix ("10" for "10 ter") is the nearest of all.
 */
final class HousenumberMatcher {

  private final CompactIndex index;
  private final int number;
  private final String suffixKey;

  /**
   * @param key normalised housenumber key of the query ({@code "10b"})
   */
  HousenumberMatcher(CompactIndex index, String key) {
    this.index = index;
    int digits = 0;
    while (digits < key.length() && Character.isDigit(key.charAt(digits))) {
      digits++;
    }
    this.number = digits == 0 ? -1 : Integer.parseInt(key.substring(0, Math.min(digits, 9)));
    this.suffixKey = key.substring(digits);
  }

  /** The housenumber of {@code doc} equal to the query's, or -1. */
  int exact(int doc) {
    if (!index.numberSummary().mayHave(doc, number)) {
      return -1;
    }
    HousenumberTable numbers = index.housenumbers();
    int end = index.documents().housenumberEnd(doc);
    for (int hn = firstAtLeast(doc, number); hn < end && numbers.number(hn) == number; hn++) {
      if (index.strings().equalsText(numbers.suffixKeyRef(numbers.suffix(hn)), suffixKey)) {
        return hn;
      }
    }
    return -1;
  }

  /** Whether {@code doc} has the queried housenumber: {@link #exact} is not -1. */
  boolean has(int doc) {
    NumberSummary summary = index.numberSummary();
    if (suffixKey.isEmpty() && NumberSummary.coversPlain(number)) {
      return summary.hasPlain(doc, number);
    }
    return exact(doc) >= 0;
  }

  /** The nearest existing housenumber of {@code doc}, or -1 when the street has none. */
  int nearest(int doc) {
    HousenumberTable numbers = index.housenumbers();
    int start = index.documents().housenumberStart(doc);
    int end = index.documents().housenumberEnd(doc);
    int best = -1;
    long bestCost = Long.MAX_VALUE;
    for (int hn = start; hn < end; hn++) {
      int n = numbers.number(hn);
      long cost = (long) Math.abs(n - number) * 2 + ((n - number) % 2 == 0 ? 0 : 1_000_000L);
      if (cost < bestCost) {
        bestCost = cost;
        best = hn;
      }
    }
    return best;
  }

  private int firstAtLeast(int doc, int wanted) {
    HousenumberTable numbers = index.housenumbers();
    int low = index.documents().housenumberStart(doc);
    int high = index.documents().housenumberEnd(doc);
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (numbers.number(mid) < wanted) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
