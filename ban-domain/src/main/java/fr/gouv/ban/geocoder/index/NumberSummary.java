package fr.gouv.ban.geocoder.index;

/**
 * A summary of each document's housenumbers for testing whether a street has the queried one
 * without searching its numbers: the numbers 1 to {@value #PLAIN_LIMIT} it has without a suffix, as
 * the bits of a long, and its highest number (saturated at {@value #SATURATED}). A typed prefix
 * leaves thousands of streets to test for its number: those reads are one array access each, where
 * the search through the street's range of numbers missed the cache two or three times. Derived
 * from the housenumber table when the index is built or read (25 MB at France size).
 */
public final class NumberSummary {

  /** Numbers 1 to this, without a suffix, are answered exactly by {@link #hasPlain}. */
  public static final int PLAIN_LIMIT = 64;

  /** Documents whose highest number is at least this may have any number. */
  static final int SATURATED = Character.MAX_VALUE;

  private final long[] plain;
  private final char[] highest;

  private NumberSummary(long[] plain, char[] highest) {
    this.plain = plain;
    this.highest = highest;
  }

  static NumberSummary of(DocumentTable documents, HousenumberTable numbers, StringPool strings) {
    // which suffixes are none: a look-up per housenumber, not a string comparison
    boolean[] noSuffix = new boolean[numbers.suffixKeyRefs.length];
    for (int suffix = 0; suffix < noSuffix.length; suffix++) {
      noSuffix[suffix] = strings.equalsText(numbers.suffixKeyRef(suffix), "");
    }
    int count = documents.size();
    long[] plain = new long[count];
    char[] highest = new char[count];
    for (int doc = 0; doc < count; doc++) {
      int start = documents.housenumberStart(doc);
      int end = documents.housenumberEnd(doc);
      for (int hn = start; hn < end; hn++) {
        int number = numbers.number(hn);
        if (number >= 1 && number <= PLAIN_LIMIT && noSuffix[numbers.suffix(hn)]) {
          plain[doc] |= 1L << (number - 1);
        }
      }
      if (end > start) {
        // a street's numbers are sorted by number: its last is its highest
        highest[doc] = (char) Math.min(SATURATED, numbers.number(end - 1));
      }
    }
    return new NumberSummary(plain, highest);
  }

  /** Whether {@link #hasPlain} answers for {@code number}. */
  public static boolean coversPlain(int number) {
    return number >= 1 && number <= PLAIN_LIMIT;
  }

  /** Whether {@code doc} has {@code number} without a suffix (a number {@link #coversPlain}). */
  public boolean hasPlain(int doc, int number) {
    assert coversPlain(number) : number;
    return (plain[doc] & (1L << (number - 1))) != 0;
  }

  /** False when {@code doc} has no housenumber {@code number}; true when it may. */
  public boolean mayHave(int doc, int number) {
    int top = highest[doc];
    return number <= top || top == SATURATED;
  }
}
