package fr.gouv.ban.plugins.municipal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a CSV input as strict UTF-8 text: skips a UTF-8 byte order mark, and refuses a Latin-1 /
 * Windows-1252 file up front with a message saying how to convert it, rather than importing mangled
 * street names. Only the first {@value #SNIFF} bytes are checked before reading; an invalid
 * sequence further on fails the read with a {@link CharacterCodingException} (the plugin reports
 * its line). The returned reader never closes the caller's stream. Public because the SDIS import
 * reads its CSV the same way.
 */
public final class CsvText {
  static final int SNIFF = 64 * 1024;

  private CsvText() {}

  /**
   * A strict UTF-8 reader over {@code in}.
   *
   * @param format the format's name for messages ("BAL")
   * @throws IOException when the file is not UTF-8
   */
  public static Reader open(InputStream in, String format) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(new KeepOpen(in), SNIFF);
    buffered.mark(SNIFF);
    byte[] head = buffered.readNBytes(SNIFF);
    buffered.reset();
    int bom = 0;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      bom = 3;
    } else if (head.length >= 2
        && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
            || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      throw new IOException(
          format + " file is UTF-16 (byte order mark FF FE or FE FF): expected UTF-8");
    }
    checkUtf8(head, bom, head.length == SNIFF, format);
    buffered.skipNBytes(bom);
    return new InputStreamReader(buffered, strictUtf8());
  }

  private static void checkUtf8(byte[] head, int from, boolean more, String format)
      throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(head, from, head.length - from);
    CharBuffer chars = CharBuffer.allocate(head.length);
    CoderResult result = strictUtf8().decode(bytes, chars, !more);
    if (result.isError()) {
      int offset = bytes.position();
      throw new IOException(
          String.format(
              "%s file is not UTF-8: byte 0x%02X at offset %d is not valid UTF-8 (a Latin-1 or"
                  + " Windows-1252 file?); the standard requires UTF-8, convert it first"
                  + " (iconv -f WINDOWS-1252 -t UTF-8)",
              format, head[offset] & 0xFF, offset));
    }
  }

  static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The caller owns the input: closing the CSV parser must not close it. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the importer closes its own stream
    }
  }
}
