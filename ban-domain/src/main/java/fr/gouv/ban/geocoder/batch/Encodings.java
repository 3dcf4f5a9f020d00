package fr.gouv.ban.geocoder.batch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The character encoding of an uploaded CSV: the {@code encoding} parameter when given (Python's
 * names as addok accepts them, {@code utf-8-sig}, {@code latin-1}, {@code cp1252}, as well as
 * Java's), else UTF-8 when the bytes start with a byte order mark or are valid UTF-8, else
 * windows-1252 (what spreadsheets export in France; a superset of latin-1's printable characters).
 */
public final class Encodings {
  /** Windows-1252, the fallback for bytes that are not UTF-8. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Encodings() {}

  /**
   * @throws CsvBatchException for an unknown name
   */
  public static Charset forName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (n) {
      case "utf-8", "utf8", "utf-8-sig", "utf8-sig", "u8":
        return StandardCharsets.UTF_8;
      case "latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1", "8859":
        return StandardCharsets.ISO_8859_1;
      case "cp1252", "windows-1252", "win-1252", "ansi":
        return WINDOWS_1252;
      default:
        try {
          return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new CsvBatchException("unknown encoding: " + name);
        }
    }
  }

  /** The encoding to read with: as given, else detected from the check of the whole upload. */
  public static Charset choose(String given, Utf8Check check) {
    if (given != null && !given.isBlank()) {
      return forName(given);
    }
    return check.hasBom() || check.isValid() ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }
}
