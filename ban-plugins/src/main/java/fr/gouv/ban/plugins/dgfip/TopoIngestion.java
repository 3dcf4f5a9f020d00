package fr.gouv.ban.plugins.dgfip;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import fr.gouv.ban.plugins.csv.CsvLines;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Import kind {@code topo}: the DGFiP's TOPO file (the successor of FANTOIR, published since 2023)
 * into group upserts keyed by FANTOIR code ({@code {"fantoir": "870854950"}}) with {@code name},
 * {@code kind} ({@code way} for voies, {@code area} for lieux-dits and ensembles immobiliers) and
 * {@code municipality}.
 *
 * <p>Format: UTF-8 text (a BOM is skipped), a header line, {@code ;}-separated ({@code ,} when the
 * header has no {@code ;}); the columns read are those of {@link TopoColumns}. Each code goes
 * through {@link RivoliKey#check} (structure and key letter) before the domain cuts the key; bad
 * rows, annulled ones and repeated codes are reported with their line.
 */
@ApplicationScoped
@Contributor(ContributorType.DGFIP)
public class TopoIngestion implements IngestionPlugin {
  private static final int SNIFF = 64 * 1024;

  @Override
  public String id() {
    return "dgfip.topo";
  }

  @Override
  public String kind() {
    return "topo";
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
    char delimiter = delimiter(buffered);
    InputStreamReader reader =
        new InputStreamReader(
            buffered,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .build()
            .parse(reader);
    Iterator<CsvLines.Line> lines = CsvLines.of(parser).iterator();
    if (!lines.hasNext()) {
      throw new IOException("empty file: expected a header line naming code_topo and libelle");
    }
    TopoRows rows = new TopoRows(new TopoColumns(lines.next().record()), ctx);
    Iterable<CsvLines.Line> rest = () -> lines;
    // the parser is not closed: it would close the caller's stream
    return StreamSupport.stream(rest.spliterator(), false)
        .flatMap(l -> rows.toCommand(l.number(), l.record()).stream());
  }

  /** {@code ;} unless the first line has none and has a comma; skips a UTF-8 BOM. */
  private static char delimiter(BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    byte[] start = in.readNBytes(SNIFF);
    in.reset();
    int from = 0;
    if (start.length >= 3
        && (start[0] & 0xFF) == 0xEF
        && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF) {
      in.skipNBytes(3);
      from = 3;
    }
    boolean semicolon = false;
    boolean comma = false;
    for (int i = from; i < start.length && start[i] != '\n'; i++) {
      semicolon |= start[i] == ';';
      comma |= start[i] == ',';
    }
    return !semicolon && comma ? ',' : ';';
  }
}
