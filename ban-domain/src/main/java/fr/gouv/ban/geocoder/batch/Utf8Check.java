package fr.gouv.ban.geocoder.batch;

/**
 * Checks, chunk by chunk and in constant memory, whether a byte stream is well-formed UTF-8 (RFC
 * 3629: no overlong form, no surrogate, nothing above U+10FFFF) and whether it starts with the
 * UTF-8 byte order mark. Not thread-safe.
 */
public final class Utf8Check {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private boolean valid = true;
  private int remaining; // continuation bytes still expected
  private int low = 0x80; // bounds of the next continuation byte
  private int high = 0xBF;
  private long offset;
  private long firstInvalid = -1;
  private int bomMatched; // leading bytes equal to the BOM so far; 3 = BOM
  private boolean bomDecided;

  /** Feeds the next bytes. */
  public void update(byte[] bytes, int from, int length) {
    for (int i = from; i < from + length; i++) {
      int b = bytes[i] & 0xFF;
      if (!bomDecided) {
        if (b == (BOM[bomMatched] & 0xFF)) {
          bomMatched++;
          bomDecided = bomMatched == BOM.length;
        } else {
          bomMatched = 0;
          bomDecided = true;
        }
      }
      if (valid) {
        step(b);
      }
      offset++;
    }
  }

  private void step(int b) {
    if (remaining > 0) {
      if (b < low || b > high) {
        invalid();
        return;
      }
      remaining--;
      low = 0x80;
      high = 0xBF;
      return;
    }
    if (b < 0x80) {
      return;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      remaining = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      remaining = 2;
      if (b == 0xE0) {
        low = 0xA0; // overlong
      } else if (b == 0xED) {
        high = 0x9F; // surrogates
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      remaining = 3;
      if (b == 0xF0) {
        low = 0x90;
      } else if (b == 0xF4) {
        high = 0x8F;
      }
    } else {
      invalid();
    }
  }

  private void invalid() {
    valid = false;
    firstInvalid = offset;
  }

  /** Whether everything fed so far is UTF-8, a sequence cut at the end counting as invalid. */
  public boolean isValid() {
    return valid && remaining == 0;
  }

  /** Offset of the first byte that is not UTF-8, or -1. */
  public long firstInvalidOffset() {
    if (valid && remaining > 0) {
      return offset - 1;
    }
    return firstInvalid;
  }

  /** Whether the stream starts with EF BB BF. */
  public boolean hasBom() {
    return bomMatched == BOM.length;
  }

  /** Bytes fed so far. */
  public long length() {
    return offset;
  }

  /** Checks a whole array. */
  public static Utf8Check of(byte[] bytes) {
    Utf8Check c = new Utf8Check();
    c.update(bytes, 0, bytes.length);
    return c;
  }
}
