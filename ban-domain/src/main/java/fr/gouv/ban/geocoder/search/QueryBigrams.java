package fr.gouv.ban.geocoder.search;

import java.util.Arrays;

/**
 * One query prepared for label comparison: its character bigrams counted in a direct-mapped table
 * (folded text only has a-z, 0-9 and space, so a bigram is one of 38 × 38 cells, any other
 * character sharing one cell), making a label comparison one table read per character with no
 * hashing and no allocation. Similarity is python-ngram's {@code NGram.compare(a, b, N=2,
 * pad_len=0)}: shared bigrams / (bigrams of a + bigrams of b - shared), multisets, no padding.
 * Mutable scratch: one instance per query and thread; the marks of bigrams already matched live in
 * a per-thread table shared by the instances (a query builds three, and at France scale their
 * allocation showed in profiles).
 */
final class QueryBigrams {

  private static final int SYMBOLS = 38;
  private static final byte[] SYMBOL = symbols();

  private final char[] text;
  private final byte[] counts = new byte[SYMBOLS * SYMBOLS];
  private final int total;
  private final boolean wordFinished;
  private final Marks marks = MARKS.get();

  private static final ThreadLocal<Marks> MARKS = ThreadLocal.withInitial(Marks::new);

  /** Bigrams used by the comparison under way: valid where {@code epoch} is the current one. */
  private static final class Marks {
    final byte[] used = new byte[SYMBOLS * SYMBOLS];
    final int[] epochs = new int[SYMBOLS * SYMBOLS];
    int epoch;

    int next() {
      if (++epoch == 0) { // wrapped: forget every mark
        Arrays.fill(epochs, 0);
        epoch = 1;
      }
      return epoch;
    }
  }

  QueryBigrams(String folded) {
    this(folded, false);
  }

  /**
   * @param wordFinished the query's last word is complete (typed before a space or punctuation):
   *     with autocomplete, a label only "starts with" or "contains" the query where the match ends
   *     a word ("rue paul" starts "rue paul fort", not "rue pauly")
   */
  QueryBigrams(String folded, boolean wordFinished) {
    this.wordFinished = wordFinished;
    this.text = folded.toCharArray();
    for (int i = 0; i + 1 < text.length; i++) {
      int cell = cell(text[i], text[i + 1]);
      if (counts[cell] < Byte.MAX_VALUE) {
        counts[cell]++;
      }
    }
    this.total = Math.max(0, text.length - 1);
  }

  private static byte[] symbols() {
    byte[] symbols = new byte[128];
    Arrays.fill(symbols, (byte) 37);
    for (char c = 'a'; c <= 'z'; c++) {
      symbols[c] = (byte) (c - 'a');
    }
    for (char c = '0'; c <= '9'; c++) {
      symbols[c] = (byte) (26 + c - '0');
    }
    symbols[' '] = 36;
    return symbols;
  }

  private static int symbol(char c) {
    return c < 128 ? SYMBOL[c] : 37;
  }

  private static int cell(char a, char b) {
    return symbol(a) * SYMBOLS + symbol(b);
  }

  boolean isEmpty() {
    return text.length == 0;
  }

  /** Bigram similarity with {@code label[0..length)}. */
  double similarity(char[] label, int length) {
    byte[] used = marks.used;
    int[] usedEpoch = marks.epochs;
    int current = marks.next();
    int shared = 0;
    int previous = length > 0 ? symbol(label[0]) : 0;
    for (int i = 1; i < length; i++) {
      int next = symbol(label[i]);
      int cell = previous * SYMBOLS + next;
      previous = next;
      int available = counts[cell];
      if (available == 0) {
        continue;
      }
      if (usedEpoch[cell] != current) {
        usedEpoch[cell] = current;
        used[cell] = 0;
      }
      if (used[cell] < available) {
        used[cell]++;
        shared++;
      }
    }
    int labelTotal = Math.max(0, length - 1);
    int union = total + labelTotal - shared;
    return union == 0 ? (length == text.length ? 1 : 0) : (double) shared / union;
  }

  /**
   * addok's autocomplete string score: 1 for the same text, 0.9 when the label starts with the
   * query, 0.7 when it contains it, otherwise 0.9 × bigram similarity. When the last word is
   * finished, the match must end a word of the label.
   */
  /** The lowest autocomplete score of a label that starts with the query. */
  static final double STARTS_WITH_QUERY = 0.85;

  double autocompleteScore(char[] label, int length) {
    int at = indexOf(label, length);
    if (at == 0) {
      // among labels starting with the query, the one closest to what was typed is the likelier
      // completion (fewer keystrokes left): 0.85..0.9 instead of addok's flat 0.9
      return length == text.length ? 1 : STARTS_WITH_QUERY + 0.05 * text.length / length;
    }
    if (at > 0) {
      return 0.7;
    }
    return 0.9 * similarity(label, length);
  }

  private int indexOf(char[] label, int length) {
    int n = text.length;
    if (n == 0) {
      return 0;
    }
    char first = text[0];
    outer:
    for (int start = 0; start + n <= length; start++) {
      if (label[start] != first) {
        continue;
      }
      for (int i = 1; i < n; i++) {
        if (label[start + i] != text[i]) {
          continue outer;
        }
      }
      if (wordFinished && start + n < length && Character.isLetterOrDigit(label[start + n])) {
        continue;
      }
      return start;
    }
    return -1;
  }
}
