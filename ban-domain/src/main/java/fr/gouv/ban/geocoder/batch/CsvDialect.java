package fr.gouv.ban.geocoder.batch;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * How a CSV is written: delimiter, quote character and line separator. The answer is written the
 * way the upload was.
 *
 * @param delimiter field separator
 * @param quote quote character (RFC 4180: a quote inside a quoted field is doubled)
 * @param lineSeparator {@code "\r\n"}, {@code "\n"} or {@code "\r"}
 */
public record CsvDialect(char delimiter, char quote, String lineSeparator) {
  /** Delimiters recognised by {@link #sniff}, in order of preference on ties. */
  static final char[] CANDIDATES = {';', ',', '\t', '|'};

  private static final int SAMPLE_RECORDS = 50;

  public CsvDialect {
    if (delimiter == quote || delimiter == '\r' || delimiter == '\n') {
      throw new CsvBatchException("invalid delimiter " + printable(delimiter));
    }
    if (quote == '\r' || quote == '\n') {
      throw new CsvBatchException("invalid quote character");
    }
  }

  /** The Commons CSV format reading this dialect (empty lines skipped, nothing trimmed). */
  public CSVFormat format() {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setQuote(quote)
        .setRecordSeparator(lineSeparator)
        .setIgnoreEmptyLines(true)
        .setQuoteMode(QuoteMode.MINIMAL)
        .setTrailingData(true)
        .get();
  }

  /**
   * Detects the dialect from the start of a file (the header and the next records).
   *
   * @param sample the first characters of the file (a few kilobytes are plenty)
   * @param delimiter the delimiter given by the client, or null to sniff it
   * @param quote the quote character given by the client, or null for {@code "}
   */
  public static CsvDialect sniff(String sample, Character delimiter, Character quote) {
    char q = quote == null ? '"' : quote;
    char d = delimiter == null ? sniffDelimiter(sample, q) : delimiter;
    return new CsvDialect(d, q, lineSeparator(sample));
  }

  /**
   * The delimiter among {@code ; , tab |} that the header contains and that splits the following
   * records into as many fields (outside quotes); the most frequent one in the header on ties. A
   * header with none of them is one column: the first candidate found nowhere in the sample (so
   * that an unquoted comma in an address does not split it), else {@code ,}.
   */
  static char sniffDelimiter(String sample, char quote) {
    List<int[]> records = countOutsideQuotes(sample, quote);
    if (records.isEmpty()) {
      return ',';
    }
    int[] header = records.get(0);
    int best = -1;
    long bestScore = -1;
    for (int c = 0; c < CANDIDATES.length; c++) {
      int h = header[c];
      if (h == 0) {
        continue;
      }
      int consistent = 0;
      for (int r = 1; r < records.size(); r++) {
        if (records.get(r)[c] == h) {
          consistent++;
        }
      }
      long score = (long) consistent * 1_000_000 + h;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best >= 0) {
      return CANDIDATES[best];
    }
    for (int c : new int[] {1, 0, 2, 3}) { // , ; tab |
      int col = c;
      if (records.stream().allMatch(r -> r[col] == 0)) {
        return CANDIDATES[c];
      }
    }
    return ',';
  }

  /** Per record of the sample, occurrences of each candidate outside quotes. */
  private static List<int[]> countOutsideQuotes(String sample, char quote) {
    List<int[]> records = new ArrayList<>();
    int[] current = new int[CANDIDATES.length];
    boolean inQuotes = false;
    boolean empty = true;
    for (int i = 0; i < sample.length() && records.size() < SAMPLE_RECORDS; i++) {
      char ch = sample.charAt(i);
      if (ch == quote) {
        inQuotes = !inQuotes; // a doubled quote toggles twice
        empty = false;
      } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
        if (!empty) {
          records.add(current);
        }
        current = new int[CANDIDATES.length];
        empty = true;
      } else {
        empty &= ch == '\uFEFF';
        if (!inQuotes) {
          for (int c = 0; c < CANDIDATES.length; c++) {
            if (ch == CANDIDATES[c]) {
              current[c]++;
            }
          }
        }
      }
    }
    // the last record is kept only if the header is all there is: it may be cut by the sample
    if (!empty && records.isEmpty()) {
      records.add(current);
    }
    return records;
  }

  static String lineSeparator(String sample) {
    int n = sample.indexOf('\n');
    if (n > 0 && sample.charAt(n - 1) == '\r') {
      return "\r\n";
    }
    if (n < 0 && sample.indexOf('\r') >= 0) {
      return "\r";
    }
    return n < 0 ? "\r\n" : "\n";
  }

  /**
   * Reads a one-character parameter ({@code delimiter}, {@code quote}); {@code \t} and {@code tab}
   * mean a tab.
   *
   * @return null when not given
   * @throws CsvBatchException when longer than one character
   */
  public static Character character(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
      return '\t';
    }
    if (value.length() != 1) {
      throw new CsvBatchException(name + " must be one character: " + value);
    }
    return value.charAt(0);
  }

  private static String printable(char c) {
    return c == '\t' ? "tab" : c == '\n' || c == '\r' ? "line break" : "'" + c + "'";
  }
}
