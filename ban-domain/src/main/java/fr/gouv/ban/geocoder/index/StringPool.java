package fr.gouv.ban.geocoder.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every string of the index in one char array; a string is referred to by an int. Equal strings
 * share one reference (city names, contexts and postcodes repeat millions of times). Reference
 * {@link #NONE} stands for null.
 */
public final class StringPool {

  public static final int NONE = -1;

  private final char[] chars;
  private final int[] offsets;

  StringPool(char[] chars, int[] offsets) {
    this.chars = chars;
    this.offsets = offsets;
  }

  /** The string of a reference, or null for {@link #NONE}. */
  public String get(int ref) {
    return ref == NONE ? null : new String(chars, offsets[ref], offsets[ref + 1] - offsets[ref]);
  }

  public int size() {
    return offsets.length - 1;
  }

  char[] chars() {
    return chars;
  }

  int[] offsets() {
    return offsets;
  }

  /** Whether reference {@code ref} holds exactly {@code text}. */
  public boolean equalsText(int ref, CharSequence text) {
    if (ref == NONE) {
      return false;
    }
    int from = offsets[ref];
    int length = offsets[ref + 1] - from;
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[from + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the {@code separator}-separated values of {@code ref} equals {@code value}. */
  public boolean hasSegment(int ref, char separator, String value) {
    if (ref == NONE) {
      return false;
    }
    int end = offsets[ref + 1];
    int from = offsets[ref];
    while (from <= end) {
      int cut = from;
      while (cut < end && chars[cut] != separator) {
        cut++;
      }
      if (cut - from == value.length() && regionEquals(from, value)) {
        return true;
      }
      from = cut + 1;
    }
    return false;
  }

  private boolean regionEquals(int from, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (chars[from + i] != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Appends the chars of {@code ref} to {@code out} at {@code at}; returns the new length. */
  public int copyTo(int ref, char[] out, int at) {
    int from = offsets[ref];
    int length = offsets[ref + 1] - from;
    System.arraycopy(chars, from, out, at, length);
    return at + length;
  }

  public int length(int ref) {
    return ref == NONE ? 0 : offsets[ref + 1] - offsets[ref];
  }

  /** Deduplicating builder. */
  static final class Builder {
    private final Map<String, Integer> refs = new HashMap<>();
    private char[] chars = new char[1024];
    private final IntList offsets = new IntList();
    private int length;

    Builder() {
      offsets.add(0);
    }

    int add(String value) {
      if (value == null) {
        return NONE;
      }
      Integer known = refs.get(value);
      if (known != null) {
        return known;
      }
      if (length + value.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + value.length()));
      }
      value.getChars(0, value.length(), chars, length);
      length += value.length();
      offsets.add(length);
      int ref = offsets.size() - 2;
      refs.put(value, ref);
      return ref;
    }

    StringPool build() {
      return new StringPool(Arrays.copyOf(chars, length), offsets.toArray());
    }
  }
}
