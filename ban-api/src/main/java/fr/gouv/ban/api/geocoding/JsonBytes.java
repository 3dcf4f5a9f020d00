package fr.gouv.ban.api.geocoding;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A JSON text written straight into UTF-8 bytes, for the geocoder's answers: building a JSON-P
 * tree, printing it to a String and encoding that String cost about as much CPU and allocation as
 * the search itself (issue #12). The output is the one of JSON-P (Parsson) for the same values:
 * same escapes, numbers printed as {@code BigDecimal.valueOf(double)} prints them, no whitespace.
 *
 * <p>Commas are placed by one flag: a value or a closed container needs a comma before whatever
 * comes next at its level, an opened container does not.
 */
final class JsonBytes {
  private static final byte[] HEX =
      "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private byte[] buf = new byte[1024];
  private int len;
  private boolean comma;

  JsonBytes startObject() {
    separate();
    put((byte) '{');
    comma = false;
    return this;
  }

  JsonBytes startArray() {
    separate();
    put((byte) '[');
    comma = false;
    return this;
  }

  JsonBytes end(char bracket) {
    put((byte) bracket);
    comma = true;
    return this;
  }

  /** The key of the next value of the current object. */
  JsonBytes key(String name) {
    separate();
    quoted(name);
    put((byte) ':');
    comma = false;
    return this;
  }

  JsonBytes value(String s) {
    separate();
    quoted(s);
    comma = true;
    return this;
  }

  JsonBytes value(long n) {
    separate();
    ascii(Long.toString(n));
    comma = true;
    return this;
  }

  /** As JSON-P prints a double: {@code BigDecimal.valueOf(d).toString()}. */
  JsonBytes value(double d) {
    separate();
    String s = Double.toString(d);
    // Double.toString and BigDecimal agree but on the E notation and on -0.0 (BigDecimal: 0.0)
    ascii(s.indexOf('E') < 0 && d != 0 ? s : BigDecimal.valueOf(d).toString());
    comma = true;
    return this;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  private void separate() {
    if (comma) {
      put((byte) ',');
    }
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      put((byte) s.charAt(i));
    }
  }

  /**
   * A string in quotes, escaped as Parsson does ({@code \"}, {@code \\}, the short escapes of
   * control characters, a backslash, u and four hex digits for the others), the rest in UTF-8 as
   * {@code String.getBytes(UTF_8)} encodes it (a lone surrogate becomes {@code ?}).
   */
  private void quoted(String s) {
    put((byte) '"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        put((byte) c);
      } else if (c < 0x80) {
        escape(c);
      } else if (c < 0x800) {
        put((byte) (0xc0 | c >> 6));
        put((byte) (0x80 | c & 0x3f));
      } else if (!Character.isSurrogate(c)) {
        put((byte) (0xe0 | c >> 12));
        put((byte) (0x80 | c >> 6 & 0x3f));
        put((byte) (0x80 | c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        put((byte) (0xf0 | cp >> 18));
        put((byte) (0x80 | cp >> 12 & 0x3f));
        put((byte) (0x80 | cp >> 6 & 0x3f));
        put((byte) (0x80 | cp & 0x3f));
      } else {
        put((byte) '?');
      }
    }
    put((byte) '"');
  }

  private void escape(char c) {
    put((byte) '\\');
    switch (c) {
      case '"', '\\' -> put((byte) c);
      case '\b' -> put((byte) 'b');
      case '\f' -> put((byte) 'f');
      case '\n' -> put((byte) 'n');
      case '\r' -> put((byte) 'r');
      case '\t' -> put((byte) 't');
      default -> {
        put((byte) 'u');
        put((byte) '0');
        put((byte) '0');
        put(HEX[c >> 4]);
        put(HEX[c & 0xf]);
      }
    }
  }

  private void put(byte b) {
    if (len == buf.length) {
      buf = Arrays.copyOf(buf, len * 2);
    }
    buf[len++] = b;
  }
}
