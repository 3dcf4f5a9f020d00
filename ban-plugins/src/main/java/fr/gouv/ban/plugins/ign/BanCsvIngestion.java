package fr.gouv.ban.plugins.ign;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.Contributor;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.domain.spi.IngestionPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the official BAN CSV export ({@code adresses-<dep>.csv.gz}: {@code ;}, UTF-8, one row per
 * address). Each row gives, the first time each is seen, its municipality ({@code insee}), its
 * postcode ({@code code_postal} in that commune, named by {@code libelle_acheminement}) and its
 * street (FANTOIR when the voie code is a RIVOLI code, else the BAN street id in {@code ign}); then
 * the housenumber, keyed by its clé d'interopérabilité (kept in {@code ign}), and its position
 * (keyed by the same clé, kind from {@code type_position}, {@code source} from {@code
 * source_position}). Rows are emitted in file order, so a street's numbers follow it.
 */
@ApplicationScoped
@Contributor(ContributorType.IGN)
@Contributor(ContributorType.ADMIN)
public class BanCsvIngestion implements IngestionPlugin {
  static final List<String> REQUIRED =
      List.of(
          "id",
          "numero",
          "rep",
          "nom_voie",
          "code_postal",
          "code_insee",
          "nom_commune",
          "lon",
          "lat");

  @Override
  public String id() {
    return "ign.ban-csv";
  }

  @Override
  public String kind() {
    return "ban";
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) throws IOException {
    CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> missing =
        REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new IOException(
          "Not a BAN CSV export (adresses-<dep>.csv): missing columns "
              + missing
              + "; the header is "
              + parser.getHeaderNames());
    }
    Rows rows = new Rows(ctx);
    return StreamSupport.stream(parser.spliterator(), false).flatMap(r -> rows.of(r).stream());
  }

  /** The state of one file: what was already emitted. */
  private static final class Rows {
    private final IngestionContext ctx;
    private final Set<String> municipalities = new HashSet<>();
    private final Set<String> postcodes = new HashSet<>();
    private final Set<String> streets = new HashSet<>();

    Rows(IngestionContext ctx) {
      this.ctx = ctx;
    }

    List<ChangeCommand> of(CSVRecord r) {
      long line = r.getRecordNumber() + 1;
      BanAddress a;
      try {
        a = BanAddress.of(r);
      } catch (IllegalArgumentException e) {
        ctx.reject(line, e.getMessage());
        return List.of();
      }
      List<ChangeCommand> out = new ArrayList<>(5);
      if (municipalities.add(a.insee())) {
        out.add(
            ChangeCommand.upsert(
                line,
                ResourceKind.MUNICIPALITY,
                JSON.createObjectBuilder().add("insee", a.insee()).build(),
                JSON.createObjectBuilder().add("name", a.city()).build()));
      }
      JsonValue postcode = JsonValue.NULL;
      if (a.postcode() != null) {
        JsonObject key =
            JSON.createObjectBuilder()
                .add("code", a.postcode())
                .add("municipality", "insee:" + a.insee())
                .addNull("complement")
                .build();
        postcode = key;
        if (postcodes.add(a.postcode() + "/" + a.insee())) {
          out.add(
              ChangeCommand.upsert(
                  line,
                  ResourceKind.POSTCODE,
                  key,
                  JSON.createObjectBuilder().add("name", a.deliveryName()).build()));
        }
      }
      String groupRef = BanIds.groupRef(a.street());
      if (streets.add(a.street())) {
        String fantoir = BanIds.fantoir(a.street());
        JsonObject key =
            fantoir != null
                ? JSON.createObjectBuilder().add("fantoir", fantoir).build()
                : JSON.createObjectBuilder().add("ign", a.street()).build();
        out.add(
            ChangeCommand.upsert(
                line,
                ResourceKind.GROUP,
                key,
                JSON.createObjectBuilder()
                    .add("name", a.streetName())
                    .add("kind", "way")
                    .add("ign", a.street())
                    .add("municipality", "insee:" + a.insee())
                    .build()));
      }
      JsonObject cleKey = JSON.createObjectBuilder().add("ign", a.cle()).build();
      JsonObjectBuilder housenumber =
          JSON.createObjectBuilder()
              .add("number", a.number())
              .add("parent", groupRef)
              .add("postcode", postcode);
      if (a.ordinal() == null) {
        housenumber.addNull("ordinal");
      } else {
        housenumber.add("ordinal", a.ordinal());
      }
      out.add(ChangeCommand.upsert(line, ResourceKind.HOUSENUMBER, cleKey, housenumber.build()));
      JsonObjectBuilder position =
          JSON.createObjectBuilder()
              .add("housenumber", "ign:" + a.cle())
              .add("center", JSON.createArrayBuilder().add(a.lon()).add(a.lat()))
              .add("kind", PositionKinds.of(a.positionType()))
              .add("positioning", "other");
      if (a.positionSource() == null) {
        position.addNull("source");
      } else {
        position.add("source", a.positionSource());
      }
      out.add(ChangeCommand.upsert(line, ResourceKind.POSITION, cleKey, position.build()));
      return out;
    }
  }

  /** One row, checked. */
  record BanAddress(
      String cle,
      String street,
      String insee,
      String city,
      String number,
      String ordinal,
      String streetName,
      String postcode,
      String deliveryName,
      double lon,
      double lat,
      String positionType,
      String positionSource) {

    /** Reads a row; throws {@link IllegalArgumentException} saying what is wrong with it. */
    static BanAddress of(CSVRecord r) {
      if (!r.isConsistent()) {
        throw new IllegalArgumentException(
            "expected " + r.getParser().getHeaderNames().size() + " columns, got " + r.size());
      }
      String cle = r.get("id").strip().toLowerCase(Locale.ROOT);
      if (!BanIds.CLE.matcher(cle).matches()) {
        throw new IllegalArgumentException(
            "id: expected a clé d'interopérabilité <insee>_<voie>_<numero on 5 digits>[_<suffixe>],"
                + " got \""
                + r.get("id")
                + "\"");
      }
      if (cle.length() > BanIds.MAX) {
        throw new IllegalArgumentException("id: longer than " + BanIds.MAX + " characters: " + cle);
      }
      String insee = r.get("code_insee").strip().toUpperCase(Locale.ROOT);
      if (!cle.startsWith(insee.toLowerCase(Locale.ROOT) + "_")) {
        throw new IllegalArgumentException(
            "code_insee: \"" + insee + "\" is not the commune of id " + cle);
      }
      String number = r.get("numero").strip();
      if (!number.matches("\\d{1,5}")) {
        throw new IllegalArgumentException(
            "numero: expected an integer from 0 to 99999, got \"" + number + "\"");
      }
      String streetName = r.get("nom_voie").strip();
      if (streetName.isEmpty()) {
        throw new IllegalArgumentException("nom_voie: empty");
      }
      String city = r.get("nom_commune").strip();
      if (city.isEmpty()) {
        throw new IllegalArgumentException("nom_commune: empty");
      }
      double lon = coordinate(r, "lon", 180);
      double lat = coordinate(r, "lat", 90);
      String postcode = blankToNull(r.get("code_postal"));
      if (postcode != null && !postcode.matches("\\d{5}")) {
        throw new IllegalArgumentException(
            "code_postal: expected 5 digits, got \"" + postcode + "\"");
      }
      String delivery = column(r, "libelle_acheminement");
      String rep = blankToNull(r.get("rep"));
      return new BanAddress(
          cle,
          BanIds.street(cle),
          insee,
          city,
          String.valueOf(Integer.parseInt(number)),
          rep == null ? null : rep.toLowerCase(Locale.ROOT),
          streetName,
          postcode,
          delivery == null ? city.toUpperCase(Locale.ROOT) : delivery,
          lon,
          lat,
          column(r, "type_position"),
          column(r, "source_position"));
    }

    private static double coordinate(CSVRecord r, String column, double max) {
      String text = r.get(column).strip();
      double v;
      try {
        v = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(column + ": not a number: \"" + text + "\"");
      }
      if (!(Math.abs(v) <= max)) {
        throw new IllegalArgumentException(column + ": out of range: " + text);
      }
      return v;
    }

    private static String column(CSVRecord r, String name) {
      return r.isMapped(name) ? blankToNull(r.get(name)) : null;
    }

    private static String blankToNull(String v) {
      return v == null || v.isBlank() ? null : v.strip();
    }
  }
}
