package fr.gouv.ban.plugins.csv;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV with the physical line each starts on (1-based, the header being line 1),
 * blank lines skipped. Commons CSV gives the parser's line count only: it is read before each
 * record is fetched, with empty lines kept as records so that the count is exact.
 */
public final class CsvLines {
  /** A record and the line it starts on. */
  public record Line(long number, CSVRecord record) {}

  private CsvLines() {}

  public static Stream<Line> of(CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    Spliterator<Line> lines =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
          @Override
          public boolean tryAdvance(Consumer<? super Line> action) {
            while (true) {
              long before = parser.getCurrentLineNumber();
              if (!records.hasNext()) {
                return false;
              }
              CSVRecord r = records.next();
              if (r.size() > 1 || !r.get(0).isBlank()) {
                action.accept(new Line(before + 1, r));
                return true;
              }
            }
          }
        };
    return StreamSupport.stream(lines, false);
  }
}
