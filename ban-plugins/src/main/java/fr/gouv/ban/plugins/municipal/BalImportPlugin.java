package fr.gouv.ban.plugins.municipal;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports a Base Adresse Locale (BAL), the address file a commune publishes, formats 1.3 and 1.4:
 * {@code ;}-separated UTF-8 CSV (a byte order mark is accepted; Latin-1 is refused with a message
 * saying how to convert it), one row per address position, columns {@code cle_interop, uid_adresse,
 * voie_nom, lieudit_complement_nom, numero, suffixe, commune_insee, commune_nom, position, x, y,
 * long, lat, cad_parcelles, source, date_der_maj, certification_commune} and the 1.4 additions
 * ({@code commune_deleguee_insee, commune_deleguee_nom}, {@code voie_nom_<lang>}, {@code
 * lieudit_complement_nom_<lang>}, {@code id_ban_commune, id_ban_toponyme, id_ban_adresse}).
 *
 * <p>Every row is checked with the standard's rules ({@link BalRule}); a row breaking one is
 * rejected with the rule ids and messages, the others import: the commune (once), the street group
 * (once, FANTOIR key when cle_interop carries a RIVOLI code, else a derived {@code ign} key, see
 * {@link BalKeys}), the lieu-dit of {@code lieudit_complement_nom} as an {@code area} group and
 * ancestor, the housenumber keyed by cle_interop (flagged for the commune when {@code
 * certification_commune} is 1) and its positions. A {@code numero} of 99999 is a toponyme: a group
 * without housenumber. The import only upserts: an address removed from the BAL is not deleted.
 *
 * <p>Import kind {@code bal}; served to municipal administrations.
 */
@ApplicationScoped
@Contributor(ContributorType.MUNICIPAL_ADMINISTRATION)
public class BalImportPlugin implements IngestionPlugin {
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Clock clock;

  public BalImportPlugin() {
    this(Clock.system(FRANCE));
  }

  /** With a fixed clock, for the rule on future dates. */
  BalImportPlugin(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return "municipal.bal";
  }

  @Override
  public String kind() {
    return "bal";
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    CsvSource source = CsvSource.open(in, "BAL");
    BalHeader header = BalHeader.of(source.header());
    BalRules rules = new BalRules(LocalDate.now(clock.withZone(FRANCE)));
    BalCommands commands = new BalCommands();
    return source
        .rows()
        .flatMap(
            r -> {
              BalRow row = new BalRow(r.line(), header, r.values());
              List<BalRules.Failure> failures = rules.check(row);
              if (!failures.isEmpty()) {
                ctx.reject(
                    row.line(),
                    failures.stream()
                        .map(BalRules.Failure::reason)
                        .collect(Collectors.joining("; ")));
                return Stream.empty();
              }
              return commands.of(row).stream();
            });
  }
}
