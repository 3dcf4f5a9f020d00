package fr.gouv.ban.plugins.laposte;

import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.plugins.csv.CsvLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the "base officielle des codes postaux" CSV: {@code ;}-separated, with a header naming
 * {@code Code_commune_INSEE}, {@code Code_postal}, {@code Libellé_d_acheminement} (required) and
 * {@code Ligne_5} (optional); other columns ({@code Nom_de_la_commune}, {@code coordonnees_gps})
 * are ignored. Columns are found by name, compared without case, accents or a leading {@code #}
 * (the 2023+ files write {@code #Code_commune_INSEE}), so both column orders La Poste has published
 * are read.
 */
final class CsvPostcodeReader {
  static final String INSEE = "code_commune_insee";
  static final String CODE = "code_postal";
  static final String NAME = "libelle_d_acheminement";
  static final String LINE5 = "ligne_5";

  private CsvPostcodeReader() {}

  static Stream<ChangeCommand> read(InputStream in, Charset charset, IngestionContext ctx)
      throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(false)
            .build()
            .parse(reader);
    Iterator<CsvLines.Line> lines = CsvLines.of(parser).iterator();
    if (!lines.hasNext()) {
      throw new IOException("empty file: expected a header line naming " + INSEE + ";" + CODE);
    }
    Map<String, Integer> columns = columns(lines.next().record());
    PostcodeCommands commands = new PostcodeCommands(ctx);
    // the parser is not closed: it would close the caller's stream
    Iterable<CsvLines.Line> rest = () -> lines;
    return StreamSupport.stream(rest.spliterator(), false)
        .flatMap(l -> commands.toCommand(row(l.number(), l.record(), columns)).stream());
  }

  private static Map<String, Integer> columns(CSVRecord header) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      out.putIfAbsent(normalize(header.get(i)), i);
    }
    // the older spelling of the header
    if (!out.containsKey(NAME) && out.containsKey("libelle_acheminement")) {
      out.put(NAME, out.get("libelle_acheminement"));
    }
    for (String required : new String[] {INSEE, CODE, NAME}) {
      if (!out.containsKey(required)) {
        throw new IOException(
            "not a La Poste postcode CSV: the header has no column "
                + required
                + " (found "
                + String.join(";", header.values())
                + ")");
      }
    }
    return out;
  }

  private static PostcodeRow row(long line, CSVRecord r, Map<String, Integer> columns) {
    return new PostcodeRow(
        line,
        r.size() < columns.get(NAME) + 1 ? "only " + r.size() + " columns" : null,
        get(r, columns, INSEE),
        get(r, columns, CODE),
        get(r, columns, NAME),
        get(r, columns, LINE5));
  }

  private static String get(CSVRecord r, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null || i >= r.size() ? null : PostcodeCommands.clean(r.get(i));
  }

  /** {@code #Libellé_d_acheminement} -> {@code libelle_d_acheminement}. */
  static String normalize(String header) {
    String h = header.strip();
    if (h.startsWith("\uFEFF")) {
      h = h.substring(1);
    }
    if (h.startsWith("#")) {
      h = h.substring(1);
    }
    return Normalizer.normalize(h, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace(' ', '_');
  }
}
