package fr.gouv.ban.plugins.sdis;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import fr.gouv.ban.plugins.municipal.CsvSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports the access points an SDIS surveyed for existing addresses: a {@code ;}-separated UTF-8
 * CSV with the header {@code cle_interop;type;long;lat;precision;source;commentaire;id} ({@code
 * source}, {@code commentaire} and {@code id} optional, other columns ignored), one access point
 * per row:
 *
 * <ul>
 *   <li>{@code cle_interop}: the housenumber's cle_interop as the BAN stores it (its {@code ign},
 *       e.g. {@code 75101_4461_00001_bis}) or its BAN id {@code ban-housenumber-...};
 *   <li>{@code type}: {@code entrance}, {@code building}, {@code staircase} or {@code utility};
 *   <li>{@code long}, {@code lat}: WGS84, decimal point;
 *   <li>{@code precision}: how it was located, {@code gps}, {@code dgps} or {@code imagery};
 *   <li>{@code source} (default {@code SDIS}, e.g. {@code SDIS 75}), {@code commentaire} (free text
 *       for crews: "portail côté cour"), {@code id} (the SDIS's own id of the point, which keeps
 *       its BAN key stable when rows are reordered).
 * </ul>
 *
 * <p>Each row is one position upsert attached to the housenumber by reference: the import never
 * creates housenumbers, so a row whose housenumber does not exist is rejected by the importer
 * ("housenumber: not found") while the others import. See {@link AccessPointRows} for keys.
 *
 * <p>Import kind {@code sdis}; served to SDIS clients.
 */
@ApplicationScoped
@Contributor(ContributorType.SDIS)
public class SdisAccessPointImportPlugin implements IngestionPlugin {
  @Override
  public String id() {
    return "sdis.access-points";
  }

  @Override
  public String kind() {
    return "sdis";
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    CsvSource source = CsvSource.open(in, "SDIS access-point");
    AccessPointRows rows = new AccessPointRows(source.header());
    return source
        .rows()
        .flatMap(
            r -> {
              List<String> failures = rows.check(r.values());
              if (!failures.isEmpty()) {
                ctx.reject(r.line(), String.join("; ", failures));
                return Stream.empty();
              }
              return Stream.of(rows.command(r.line(), r.values()));
            });
  }
}
