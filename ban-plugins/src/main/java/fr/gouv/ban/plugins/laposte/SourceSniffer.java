package fr.gouv.ban.plugins.laposte;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Looks at the first 64 KiB of a La Poste file, without consuming them, to tell the format and the
 * text encoding.
 *
 * <p>Format: a JSON array starts with {@code [} (after an optional BOM and blanks); anything else
 * is the CSV. Encoding of the CSV, the one clear rule: a UTF-8 BOM means UTF-8; else the sample is
 * decoded as strict UTF-8 and, if that works, the file is UTF-8; else it is windows-1252 (the
 * superset of latin-1 that Windows exports of the base officielle use; bytes 0x80–0x9F, control
 * characters in ISO-8859-1, are never text in these files). A latin-1 file decodes as UTF-8 only if
 * its accented letters happen to form valid UTF-8 sequences, which French text never does; a file
 * whose first 64 KiB are pure ASCII is read as UTF-8, and a later invalid byte then shows as
 * U+FFFD, which {@link PostcodeCommands} reports on its row.
 */
final class SourceSniffer {
  static final int WINDOW = 64 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  enum Format {
    CSV,
    JSON
  }

  /** What was found: the format, the CSV's encoding, and whether a UTF-8 BOM leads the file. */
  record Sniffed(Format format, Charset charset, boolean bom) {}

  private SourceSniffer() {}

  /** Sniffs {@code in}, which must support mark/reset (a {@link BufferedInputStream}). */
  static Sniffed sniff(BufferedInputStream in) throws IOException {
    in.mark(WINDOW);
    byte[] sample = in.readNBytes(WINDOW);
    in.reset();
    boolean bom = sample.length >= 3 && Arrays.equals(sample, 0, 3, BOM, 0, 3);
    int i = bom ? 3 : 0;
    while (i < sample.length && Character.isWhitespace(sample[i])) {
      i++;
    }
    Format format = i < sample.length && sample[i] == '[' ? Format.JSON : Format.CSV;
    Charset charset =
        bom || isUtf8(sample, sample.length == WINDOW) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    return new Sniffed(format, charset, bom);
  }

  /** Strict UTF-8, forgiving a sequence cut by the end of a full window. */
  static boolean isUtf8(byte[] sample, boolean truncated) {
    int end = sample.length;
    if (truncated) {
      // back off to the start of the last (possibly incomplete) sequence
      int back = 0;
      while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
        back++;
      }
      if (end - back - 1 >= 0 && (sample[end - back - 1] & 0x80) != 0) {
        end = end - back - 1;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(sample, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
