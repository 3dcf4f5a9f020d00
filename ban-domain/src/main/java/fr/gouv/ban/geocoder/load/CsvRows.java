package fr.gouv.ban.geocoder.load;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Delimited rows with a header, read by Apache Commons CSV (RFC 4180 quoting). */
final class CsvRows {
  private static final String BOM = "\uFEFF";

  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns = new HashMap<>();

  CsvRows(Reader reader, char delimiter) throws IOException {
    var parser =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .build()
            .parse(reader);
    parser.getHeaderMap().forEach((name, index) -> columns.put(name.replace(BOM, ""), index));
    if (columns.isEmpty()) {
      throw new IOException("empty file");
    }
    records = parser.iterator();
  }

  /** Index of a column. @throws IOException when the header lacks it */
  int column(String name) throws IOException {
    Integer index = columns.get(name);
    if (index == null) {
      throw new IOException("missing column " + name);
    }
    return index;
  }

  /** The next row's fields, or null at the end. */
  List<String> next() {
    return records.hasNext() ? records.next().toList() : null;
  }
}
