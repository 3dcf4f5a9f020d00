package fr.gouv.ban.geocoder.batch;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What a client asked of a CSV batch, with column <em>names</em> as addok-csv takes them.
 *
 * @param reverse {@code /reverse/csv} (points to addresses) rather than {@code /search/csv}
 * @param columns columns whose values, joined with a space, make the query; empty = all columns
 *     (search only)
 * @param latColumn column of the latitude: the bias centre of a search (optional), the point of a
 *     reverse (default {@code latitude} or {@code lat})
 * @param lonColumn column of the longitude (reverse default {@code longitude}, {@code lon}, {@code
 *     lng} or {@code long})
 * @param filterColumns filter name ({@code postcode}, {@code citycode}, {@code type}) to the column
 *     holding its value on each row
 * @param resultColumns result columns to write, in this order; empty = all of them
 * @param dialect how the file is written (the answer is written the same way)
 */
public record CsvBatchOptions(
    boolean reverse,
    List<String> columns,
    String latColumn,
    String lonColumn,
    Map<String, String> filterColumns,
    List<String> resultColumns,
    CsvDialect dialect) {

  public CsvBatchOptions {
    columns = List.copyOf(columns);
    filterColumns = Map.copyOf(filterColumns);
    resultColumns = List.copyOf(resultColumns);
    requireNonNull(dialect, "dialect");
  }

  /** A search of all columns, no filter, every result column. */
  public static CsvBatchOptions search(CsvDialect dialect) {
    return new CsvBatchOptions(false, List.of(), null, null, Map.of(), List.of(), dialect);
  }

  /** A reverse with the default coordinate columns, no filter, every result column. */
  public static CsvBatchOptions reverse(CsvDialect dialect) {
    return new CsvBatchOptions(true, List.of(), null, null, Map.of(), List.of(), dialect);
  }

  public CsvBatchOptions withColumns(String... names) {
    return new CsvBatchOptions(
        reverse, List.of(names), latColumn, lonColumn, filterColumns, resultColumns, dialect);
  }

  public CsvBatchOptions withPoint(String lat, String lon) {
    return new CsvBatchOptions(reverse, columns, lat, lon, filterColumns, resultColumns, dialect);
  }

  public CsvBatchOptions withFilterColumns(Map<String, String> filters) {
    return new CsvBatchOptions(
        reverse, columns, latColumn, lonColumn, filters, resultColumns, dialect);
  }

  public CsvBatchOptions withResultColumns(String... names) {
    return new CsvBatchOptions(
        reverse, columns, latColumn, lonColumn, filterColumns, List.of(names), dialect);
  }
}
