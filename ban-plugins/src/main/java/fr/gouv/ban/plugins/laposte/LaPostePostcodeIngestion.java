package fr.gouv.ban.plugins.laposte;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import fr.gouv.ban.domain.spi.SourceDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Import kind {@code laposte}: La Poste's postcode files into postcode upserts keyed {@code {code,
 * municipality: "insee:<code>", complement}} with {@code name} = the libellé d'acheminement.
 *
 * <p>Two formats, told apart by the first bytes (the file name may be {@code -}): the "base
 * officielle des codes postaux" CSV ({@link CsvPostcodeReader}) and the {@code codes-postaux} JSON
 * array ({@link JsonPostcodeReader}); see {@link SourceSniffer} for the encoding rule. Rows whose
 * commune does not exist are left to the importer, which rejects them. A key repeated in the file
 * is imported once and its repetitions reported.
 */
@ApplicationScoped
@Contributor(ContributorType.LAPOSTE)
public class LaPostePostcodeIngestion implements IngestionPlugin {
  private static final Set<String> EXTENSIONS = Set.of("csv", "json", "txt");

  @Override
  public String id() {
    return "laposte.postcodes";
  }

  @Override
  public String kind() {
    return "laposte";
  }

  /**
   * Both formats are read from their content, so any name is taken except one whose extension says
   * it is something else ({@code .xml}, {@code .zip}): {@code .csv}, {@code .json}, {@code .txt},
   * no extension, {@code -}, each optionally {@code .gz}.
   */
  @Override
  public boolean accepts(SourceDescriptor source) {
    String name = source.fileName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot <= slash || EXTENSIONS.contains(name.substring(dot + 1));
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, SourceSniffer.WINDOW);
    SourceSniffer.Sniffed sniffed = SourceSniffer.sniff(buffered);
    if (sniffed.format() == SourceSniffer.Format.JSON) {
      return JsonPostcodeReader.read(buffered, ctx);
    }
    if (sniffed.bom()) {
      buffered.skipNBytes(3);
    }
    return CsvPostcodeReader.read(buffered, sniffed.charset(), ctx);
  }
}
