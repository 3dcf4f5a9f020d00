package fr.gouv.ban.geocoder.batch;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.SearchQuery;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Geocodes a CSV row by row, as addok-csv does, streaming: rows are read by Apache Commons CSV,
 * geocoded in parallel in blocks of {@value #BLOCK_SIZE} on the executor (a bounded window of
 * blocks in flight, so memory does not grow with the file), and written in input order, each with
 * the input columns followed by the {@link ResultColumns} and a {@link RowStatus}. Searches run
 * with autocomplete off, limit 2 (for {@code result_score_next}); a row is filled only when the
 * best score is at least {@value #MIN_SCORE}.
 */
public final class CsvGeocoder {
  /** addok-csv's {@code min_score}: below it a row is {@code not-found}. */
  public static final double MIN_SCORE = 0.5;

  /** Rows per parallel task. */
  public static final int BLOCK_SIZE = 64;

  private static final int MIN_QUERY_LENGTH = 3;
  private static final int MAX_FILTER_VALUES = 10;
  private static final List<String> LAT_NAMES = List.of("latitude", "lat");
  private static final List<String> LON_NAMES = List.of("longitude", "lon", "lng", "long");

  private final Geocoder geocoder;
  private final Executor executor;
  private final int window;

  /**
   * @param workers threads of the executor: the window of blocks in flight is four per worker
   */
  public CsvGeocoder(Geocoder geocoder, Executor executor, int workers) {
    this.geocoder = geocoder;
    this.executor = executor;
    this.window = Math.max(2, 4 * workers);
  }

  /** Counts of one run, per status. */
  public record Summary(long rows, Map<RowStatus, Long> statuses) {
    public long count(RowStatus status) {
      return statuses.getOrDefault(status, 0L);
    }
  }

  /**
   * Reads a whole file once without geocoding, so that a malformed CSV is refused before any answer
   * is written.
   *
   * @return the number of data rows (header excluded)
   * @throws CsvBatchException when the file is empty or not well-formed CSV (with the line)
   */
  public static long validate(Reader input, CsvDialect dialect) throws IOException {
    long records = 0;
    try (CSVParser parser = dialect.format().parse(input)) {
      for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext(); it.next()) {
        records++;
      }
    } catch (UncheckedIOException e) {
      throw new CsvBatchException(
          "Malformed CSV after " + records + " records: " + e.getCause().getMessage(), e);
    }
    if (records == 0) {
      throw new CsvBatchException("Empty file: a header line is expected");
    }
    return records - 1;
  }

  /**
   * Reads the header and checks the options against it, without geocoding: so that an unknown
   * column is refused before the answer starts.
   *
   * @throws CsvBatchException when the file is empty or the header lacks a named column
   */
  public void checkHeader(Reader input, CsvBatchOptions options) throws IOException {
    try (CSVParser parser = options.dialect().format().parse(input)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new CsvBatchException("Empty file: a header line is expected");
      }
      new Plan(header(records.next()), options);
    } catch (UncheckedIOException e) {
      throw new CsvBatchException("Malformed CSV header: " + e.getCause().getMessage(), e);
    }
  }

  /**
   * Geocodes every row of {@code input} into {@code output} (flushed, not closed).
   *
   * @throws CsvBatchException when the header lacks a column the options name (nothing written)
   */
  public Summary run(Reader input, Writer output, CsvBatchOptions options) throws IOException {
    CSVParser parser = options.dialect().format().parse(input);
    Iterator<CSVRecord> records = parser.iterator();
    if (!records.hasNext()) {
      throw new CsvBatchException("Empty file: a header line is expected");
    }
    Plan plan = new Plan(header(records.next()), options);
    CSVPrinter printer = new CSVPrinter(output, options.dialect().format());
    printer.printRecord((Object[]) plan.outputHeader);
    Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
    Iterator<String[]> rows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return records.hasNext();
          }

          @Override
          public String[] next() {
            return records.next().values();
          }
        };
    long total;
    try {
      total =
          OrderedBlocks.run(
              rows,
              BLOCK_SIZE,
              window,
              plan::process,
              executor,
              row -> {
                counts.merge(row.status, 1L, Long::sum);
                try {
                  printer.printRecord((Object[]) row.values);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printer.flush();
    return new Summary(total, Map.copyOf(counts));
  }

  private static List<String> header(CSVRecord first) {
    List<String> names = new ArrayList<>(first.size());
    for (String v : first.values()) {
      names.add(names.isEmpty() && v.startsWith("\uFEFF") ? v.substring(1) : v);
    }
    return names;
  }

  private record Row(String[] values, RowStatus status) {}

  /** Column positions resolved against the header, and the geocoding of one row. */
  private final class Plan {
    private final boolean reverse;
    private final int width;
    private final String[] outputHeader;
    private final int[] query;
    private final int lat;
    private final int lon;
    private final int postcode;
    private final int citycode;
    private final int type;

    /** For each written result column: its index in the mode's full list, its output position. */
    private final int[] resultIndex;

    private final int[] resultTarget;

    Plan(List<String> header, CsvBatchOptions o) {
      reverse = o.reverse();
      width = header.size();
      if (reverse) {
        query = new int[0];
        lat = o.latColumn() == null ? find(header, LAT_NAMES) : column(header, o.latColumn());
        lon = o.lonColumn() == null ? find(header, LON_NAMES) : column(header, o.lonColumn());
        if (lat < 0 || lon < 0) {
          throw new CsvBatchException(
              "/reverse/csv needs a latitude column (latitude or lat) and a longitude column"
                  + " (longitude, lon, lng or long), or lat= and lon= naming them; the columns"
                  + " are "
                  + header);
        }
      } else {
        if (o.columns().isEmpty()) {
          query = new int[width];
          for (int i = 0; i < width; i++) {
            query[i] = i;
          }
        } else {
          query = o.columns().stream().mapToInt(c -> column(header, c)).toArray();
        }
        if ((o.latColumn() == null) != (o.lonColumn() == null)) {
          throw new CsvBatchException("lat and lon go together: give both column names or none");
        }
        lat = o.latColumn() == null ? -1 : column(header, o.latColumn());
        lon = o.lonColumn() == null ? -1 : column(header, o.lonColumn());
      }
      for (String f : o.filterColumns().keySet()) {
        if (!ResultColumns.FILTERS.contains(f)) {
          throw new CsvBatchException("unknown filter " + f + ": one of " + ResultColumns.FILTERS);
        }
      }
      postcode = optional(header, o.filterColumns().get("postcode"));
      citycode = optional(header, o.filterColumns().get("citycode"));
      type = optional(header, o.filterColumns().get("type"));

      List<String> all = ResultColumns.of(reverse);
      List<String> wanted = o.resultColumns().isEmpty() ? all : o.resultColumns();
      List<String> out = new ArrayList<>(header);
      resultIndex = new int[wanted.size()];
      resultTarget = new int[wanted.size()];
      for (int j = 0; j < wanted.size(); j++) {
        String name = wanted.get(j);
        resultIndex[j] = all.indexOf(name);
        if (resultIndex[j] < 0) {
          throw new CsvBatchException("unknown result column " + name + ": one of " + all);
        }
        int existing = out.indexOf(name); // a file geocoded before: its columns are refreshed
        if (existing < 0) {
          existing = out.size();
          out.add(name);
        }
        resultTarget[j] = existing;
      }
      outputHeader = out.toArray(String[]::new);
    }

    Row process(String[] values) {
      String[] out = new String[outputHeader.length];
      System.arraycopy(values, 0, out, 0, Math.min(values.length, width));
      for (int i = Math.min(values.length, width); i < out.length; i++) {
        out[i] = "";
      }
      String[] result = new String[ResultColumns.of(reverse).size()];
      RowStatus status;
      if (values.length > width) {
        status = RowStatus.ERROR; // an unquoted delimiter: the fields are shifted
      } else {
        try {
          status = reverse ? reverse(values, result) : search(values, result);
        } catch (RuntimeException e) {
          status = RowStatus.ERROR;
        }
      }
      result[result.length - 1] = status.wireName();
      for (int j = 0; j < resultIndex.length; j++) {
        String v = result[resultIndex[j]];
        out[resultTarget[j]] = v == null ? "" : v;
      }
      return new Row(out, status);
    }

    private RowStatus search(String[] values, String[] result) {
      StringBuilder q = new StringBuilder();
      for (int i : query) {
        String v = value(values, i);
        if (!v.isEmpty()) {
          if (q.length() > 0) {
            q.append(' ');
          }
          q.append(v);
        }
      }
      String text = q.toString();
      if (text.length() < MIN_QUERY_LENGTH || !Character.isLetterOrDigit(text.codePointAt(0))) {
        return RowStatus.SKIPPED;
      }
      if (text.length() > SearchQuery.MAX_LENGTH) {
        return RowStatus.ERROR;
      }
      SearchQuery sq =
          SearchQuery.of(text).withLimit(2).withAutocomplete(false).withFilters(filters(values));
      if (lat >= 0) {
        String la = value(values, lat);
        String lo = value(values, lon);
        if (!la.isEmpty() && !lo.isEmpty()) {
          double[] p = point(la, lo);
          sq = sq.withCenter(p[0], p[1]);
        }
      }
      List<Hit> hits = geocoder.search(sq);
      if (hits.isEmpty() || hits.get(0).score() < MIN_SCORE) {
        return RowStatus.NOT_FOUND;
      }
      AddressDocument d = hits.get(0).document();
      result[0] = decimal(d.lat());
      result[1] = decimal(d.lon());
      result[2] = d.label();
      result[3] = score(hits.get(0).score());
      result[4] = hits.size() > 1 ? score(hits.get(1).score()) : null;
      fill(d, result, 5);
      return RowStatus.OK;
    }

    private RowStatus reverse(String[] values, String[] result) {
      String la = value(values, lat);
      String lo = value(values, lon);
      if (la.isEmpty() || lo.isEmpty()) {
        return RowStatus.SKIPPED;
      }
      double[] p = point(la, lo);
      List<Hit> hits =
          geocoder.reverse(ReverseQuery.at(p[0], p[1]).withLimit(1).withFilters(filters(values)));
      if (hits.isEmpty()) {
        return RowStatus.NOT_FOUND;
      }
      Hit hit = hits.get(0);
      AddressDocument d = hit.document();
      result[0] = decimal(d.lat());
      result[1] = decimal(d.lon());
      result[2] = hit.distanceMetres().isPresent() ? "" + hit.distanceMetres().getAsInt() : null;
      result[3] = d.label();
      fill(d, result, 4);
      return RowStatus.OK;
    }

    /** type, id, housenumber, name, street, postcode, city, context, citycode, old*, district. */
    private void fill(AddressDocument d, String[] r, int at) {
      r[at] = d.kind().wireName();
      r[at + 1] = d.id();
      r[at + 2] = d.housenumber();
      r[at + 3] = d.name();
      r[at + 4] =
          d.kind() == DocumentKind.HOUSENUMBER
              ? d.street()
              : d.kind() == DocumentKind.STREET ? d.name() : null;
      r[at + 5] = d.postcode();
      r[at + 6] = d.city();
      r[at + 7] = d.context();
      r[at + 8] = d.citycode();
      r[at + 9] = d.oldcitycode();
      r[at + 10] = d.oldcity();
      r[at + 11] = d.district();
    }

    private Filters filters(String[] values) {
      Filters f = Filters.NONE;
      if (postcode >= 0) {
        String[] v = list(value(values, postcode));
        if (v.length > 0) {
          f = f.withPostcodes(v);
        }
      }
      if (citycode >= 0) {
        String[] v = list(value(values, citycode));
        if (v.length > 0) {
          f = f.withCitycodes(v);
        }
      }
      if (type >= 0) {
        String[] v = list(value(values, type));
        if (v.length > 0) {
          DocumentKind[] kinds = new DocumentKind[v.length];
          for (int i = 0; i < v.length; i++) {
            kinds[i] = DocumentKind.fromWireName(v[i]); // IllegalArgumentException: row error
          }
          f = f.withTypes(kinds);
        }
      }
      return f;
    }
  }

  private static String value(String[] values, int index) {
    return index < values.length ? values[index].trim() : "";
  }

  /** Several values of one filter cell: separated by spaces or {@code +} (OR). */
  private static String[] list(String cell) {
    if (cell.isEmpty()) {
      return new String[0];
    }
    String[] parts = cell.split("[\\s+]+");
    List<String> out = new ArrayList<>(parts.length);
    for (String p : parts) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    if (out.size() > MAX_FILTER_VALUES) {
      throw new IllegalArgumentException("too many filter values");
    }
    return out.toArray(String[]::new);
  }

  /** {@code [lat, lon]}; a decimal comma is accepted. @throws IllegalArgumentException */
  private static double[] point(String lat, String lon) {
    double la = Double.parseDouble(lat.replace(',', '.'));
    double lo = Double.parseDouble(lon.replace(',', '.'));
    if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
      throw new IllegalArgumentException("coordinates out of range");
    }
    return new double[] {la, lo};
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      i = find(header, List.of(name));
    }
    if (i < 0) {
      throw new CsvBatchException("unknown column " + name + ": the columns are " + header);
    }
    return i;
  }

  private static int optional(List<String> header, String name) {
    return name == null || name.isBlank() ? -1 : column(header, name);
  }

  /** The first header name equal to one of {@code names}, ignoring case and spaces; or -1. */
  private static int find(List<String> header, List<String> names) {
    for (String n : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header
            .get(i)
            .trim()
            .toLowerCase(Locale.ROOT)
            .equals(n.trim().toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String decimal(double v) {
    return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : null;
  }

  private static String score(double v) {
    return decimal(Math.round(v * 1e5) / 1e5);
  }
}
