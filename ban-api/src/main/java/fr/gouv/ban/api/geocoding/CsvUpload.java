package fr.gouv.ban.api.geocoding;

import fr.gouv.ban.geocoder.batch.Utf8Check;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code data} part of a CSV upload, copied to a temporary file as it arrives (64 KiB at a
 * time: constant memory, no size limit) while its bytes are checked for UTF-8. Parameters may come
 * after the file in the form (addok's documented {@code curl -F data=@f.csv -F columns=...}), and
 * an answer written while the upload still arrives would deadlock half-duplex HTTP clients: so the
 * upload is complete on disk before the answer streams out of it. Deleted on close.
 */
final class CsvUpload implements AutoCloseable {
  private static final int SAMPLE_CHARS = 64 * 1024;

  private final Path file;
  private final Utf8Check check;
  private final String filename;

  private CsvUpload(Path file, Utf8Check check, String filename) {
    this.file = file;
    this.check = check;
    this.filename = filename;
  }

  static CsvUpload spool(InputStream content, String filename, Path directory) throws IOException {
    Path file =
        directory == null
            ? Files.createTempFile("ban-csv-", ".csv")
            : Files.createTempFile(directory, "ban-csv-", ".csv");
    Utf8Check check = new Utf8Check();
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = content.read(buffer)) >= 0; ) {
        check.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new CsvUpload(file, check, filename);
  }

  Utf8Check check() {
    return check;
  }

  long bytes() {
    return check.length();
  }

  /** The client's file name without its extension, for the answer's name. */
  String baseName() {
    if (filename == null || filename.isBlank()) {
      return "data";
    }
    String name = filename.replaceAll(".*[/\\\\]", "").replaceAll("[\"\\r\\n]", "");
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The text, without its byte order mark; undecodable bytes become U+FFFD. */
  Reader reader(Charset charset) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (charset.equals(StandardCharsets.UTF_8) && check.hasBom()) {
      in.skipNBytes(3);
    }
    return new BufferedReader(
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        64 * 1024);
  }

  /** The first characters, to detect the dialect. */
  String sample(Charset charset) throws IOException {
    try (Reader r = reader(charset)) {
      char[] chars = new char[SAMPLE_CHARS];
      int n = 0;
      for (int k; n < chars.length && (k = r.read(chars, n, chars.length - n)) >= 0; ) {
        n += k;
      }
      return new String(chars, 0, n);
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
