package fr.gouv.ban.plugins.municipal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A {@code ;}-separated UTF-8 CSV read lazily with Commons CSV: the header (names trimmed, lower
 * case) and the rows, each with the physical line it starts on (the header is line 1), counted
 * exactly even across quoted line breaks and blank lines. Public because the SDIS import reads its
 * CSV the same way.
 */
public final class CsvSource {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get();

  private final String format;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private long nextLine;
  private Row pending;

  /** One data row: its first physical line and its values (trimmed). */
  public record Row(long line, List<String> values) {}

  private CsvSource(String format, CSVParser parser) throws IOException {
    this.format = format;
    this.parser = parser;
    this.records = parser.iterator();
    if (!records.hasNext()) {
      throw new IOException(format + " file is empty: expected a header line");
    }
    CSVRecord first = records.next();
    this.header =
        first.stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
    this.nextLine = parser.getCurrentLineNumber() + 1;
  }

  /**
   * Opens {@code in} and reads its header line.
   *
   * @throws IOException when the file is empty or not UTF-8
   */
  public static CsvSource open(InputStream in, String format) throws IOException {
    return new CsvSource(
        format, CSVParser.builder().setReader(CsvText.open(in, format)).setFormat(FORMAT).get());
  }

  /** The column names, trimmed and in lower case. */
  public List<String> header() {
    return header;
  }

  /**
   * The data rows, lazily; blank lines are skipped. A broken UTF-8 sequence or an unterminated
   * quote fails the stream with an {@link UncheckedIOException} naming the line.
   */
  public Stream<Row> rows() {
    Iterator<Row> rows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            while (pending == null && advance()) {
              // skips blank lines
            }
            return pending != null;
          }

          @Override
          public Row next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Row r = pending;
            pending = null;
            return r;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
        .onClose(this::close);
  }

  /** Reads one record into {@code pending} (left null for a blank line); false at the end. */
  private boolean advance() {
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return false;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      throw unreadable(e);
    }
    long line = nextLine;
    nextLine = parser.getCurrentLineNumber() + 1;
    boolean blank = record.size() == 1 && record.get(0).isBlank();
    if (!blank) {
      pending = new Row(line, record.stream().map(String::strip).toList());
    }
    return true;
  }

  private UncheckedIOException unreadable(UncheckedIOException e) {
    String where = "near line " + nextLine;
    if (e.getCause() instanceof CharacterCodingException) {
      return new UncheckedIOException(
          format + " file is not valid UTF-8 " + where + ": the standard requires UTF-8",
          e.getCause());
    }
    return new UncheckedIOException(
        format + " file unreadable " + where + ": " + e.getMessage(), e.getCause());
  }

  private void close() {
    try {
      parser.close(); // closes only the reader: CsvText keeps the caller's stream open
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
