package fr.gouv.ban.domain.ingestion;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/** Opens an uploaded file for a plugin: gunzipped when it is gzip, with progress in raw bytes. */
final class SourceFiles {
  private static final int BUFFER = 1 << 16;

  private SourceFiles() {}

  /**
   * Wraps {@code raw}: counts the bytes read from it (reported to {@code progress}) and gunzips
   * when it starts with the gzip magic number, whatever the file's name.
   */
  static InputStream open(InputStream raw, LongConsumer progress) throws IOException {
    InputStream counted = new BufferedInputStream(new Counting(raw, progress), BUFFER);
    counted.mark(2);
    int b1 = counted.read();
    int b2 = counted.read();
    counted.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(counted, BUFFER), BUFFER);
    }
    return counted;
  }

  private static final class Counting extends FilterInputStream {
    private final LongConsumer progress;
    private long count;

    Counting(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
        progress.accept(count);
      }
      return n;
    }
  }
}
