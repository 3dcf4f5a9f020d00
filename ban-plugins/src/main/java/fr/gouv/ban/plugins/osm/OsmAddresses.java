package fr.gouv.ban.plugins.osm;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.plugins.dgfip.RivoliKey;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One addressed OSM element to its commands: the group (once per file), the housenumber and its
 * position. One instance per file: it remembers the groups and addresses already emitted.
 *
 * <p>Mapping: {@code addr:street} → group {@code name} ({@code kind} way), keyed by {@code
 * ref:FR:FANTOIR} when the element has a well-formed one, else by {@link OsmKeys#group}; {@code
 * addr:housenumber} ({@code 12}, {@code 12bis}, {@code 12 B}) → {@code number} and {@code ordinal};
 * {@code addr:postcode} (5 digits) → the housenumber's {@code postcode} in the commune; the commune
 * is {@code addr:citycode}, else {@code ref:INSEE}. Position: {@code kind} {@code entrance} for a
 * node tagged {@code entrance}, {@code unknown} for other nodes, {@code building} for ways; {@code
 * positioning} other; {@code source} OSM.
 */
final class OsmAddresses {
  static final String ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  private static final Pattern INSEE = Pattern.compile("(2[AB]|\\d{2})\\d{3}");
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})\\s*([A-Za-z]+)?");

  private final IngestionContext ctx;
  private final Set<String> groups = new HashSet<>();
  private final Map<String, String> addresses = new HashMap<>();

  OsmAddresses(IngestionContext ctx) {
    this.ctx = ctx;
  }

  /** Whether the element carries an address at all (others are skipped without a report). */
  static boolean isAddress(OsmElement e) {
    return e.tag("addr:housenumber") != null;
  }

  /** The commands of an addressed element at {@code center} ({@code [lon, lat]}), or none. */
  List<ChangeCommand> commands(OsmElement e, double[] center) {
    String problem = problem(e);
    if (problem != null) {
      ctx.reject(e.line, e.osmId() + ": " + problem);
      return List.of();
    }
    String insee = insee(e);
    String street = e.tag("addr:street");
    Matcher m = NUMBER.matcher(e.tag("addr:housenumber"));
    m.matches();
    int number = Integer.parseInt(m.group(1));
    String suffix = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    String groupIgn = OsmKeys.group(insee, street);
    String key = OsmKeys.housenumber(groupIgn, number, suffix);
    if (key == null) {
      ctx.reject(
          e.line,
          e.osmId()
              + ": addr:housenumber suffix \""
              + suffix
              + "\": expected one letter or bis, ter ... nonies");
      return List.of();
    }
    String first = addresses.putIfAbsent(key, e.osmId() + " (line " + e.line + ")");
    if (first != null) {
      ctx.reject(e.line, e.osmId() + ": the same address as " + first + " (first one kept)");
      return List.of();
    }
    String fantoir = fantoir(e);
    JsonObject groupKey =
        JSON.createObjectBuilder()
            .add(fantoir != null ? "fantoir" : "ign", fantoir != null ? fantoir : groupIgn)
            .build();
    String parent = fantoir != null ? "fantoir:" + fantoir : "ign:" + groupIgn;
    ChangeCommand housenumber = housenumber(e, key, number, suffix, parent, insee);
    ChangeCommand position = position(e, key, center);
    if (!groups.add(parent)) {
      return List.of(housenumber, position);
    }
    JsonObject group =
        JSON.createObjectBuilder()
            .add("name", street)
            .add("kind", "way")
            .add("municipality", "insee:" + insee)
            .add("attributes", JSON.createObjectBuilder().add("source", ATTRIBUTION))
            .build();
    return List.of(
        ChangeCommand.upsert(e.line, ResourceKind.GROUP, groupKey, group), housenumber, position);
  }

  private static String problem(OsmElement e) {
    if (e.tag("addr:street") == null) {
      return "addr:street missing (addr:place and associatedStreet relations are not read)";
    }
    if (e.tag("addr:street").length() > 200) {
      return "addr:street: at most 200 characters";
    }
    if (!NUMBER.matcher(e.tag("addr:housenumber")).matches()) {
      return "addr:housenumber: expected a number from 0 to 99999 and an optional suffix, got \""
          + e.tag("addr:housenumber")
          + "\" (ranges and lists are not read)";
    }
    String insee = insee(e);
    if (insee == null) {
      return "no addr:citycode or ref:INSEE tag: the commune cannot be resolved";
    }
    if (!INSEE.matcher(insee).matches()) {
      return "addr:citycode/ref:INSEE: expected an INSEE code of 5 characters, got \""
          + insee
          + "\"";
    }
    return null;
  }

  private static String insee(OsmElement e) {
    String code = e.tag("addr:citycode");
    return code != null ? code : e.tag("ref:INSEE");
  }

  /** The 9-character FANTOIR code of a well-formed {@code ref:FR:FANTOIR}, else null. */
  private static String fantoir(OsmElement e) {
    String tag = e.tag("ref:FR:FANTOIR");
    if (tag == null) {
      return null;
    }
    String code = tag.toUpperCase(Locale.ROOT);
    // a wrong tag is common in OSM: the address is still imported, under the OSM street key
    return RivoliKey.check(code).isEmpty() ? code.substring(0, 9) : null;
  }

  private static ChangeCommand housenumber(
      OsmElement e, String key, int number, String suffix, String parent, String insee) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder().add("number", Integer.toString(number)).add("parent", parent);
    if (suffix != null) {
      body.add("ordinal", suffix);
    }
    String postcode = e.tag("addr:postcode");
    if (postcode != null && POSTCODE.matcher(postcode).matches()) {
      body.add(
          "postcode",
          JSON.createObjectBuilder()
              .add("code", postcode)
              .add("municipality", "insee:" + insee)
              .addNull("complement"));
    }
    body.add("attributes", attributes(e));
    return ChangeCommand.upsert(
        e.line,
        ResourceKind.HOUSENUMBER,
        JSON.createObjectBuilder().add("ign", key).build(),
        body.build());
  }

  private static ChangeCommand position(OsmElement e, String key, double[] center) {
    String kind =
        e.type.equals("way") ? "building" : e.tag("entrance") != null ? "entrance" : "unknown";
    JsonObject body =
        JSON.createObjectBuilder()
            .add("center", JSON.createArrayBuilder().add(center[0]).add(center[1]))
            .add("housenumber", "ign:" + key)
            .add("kind", kind)
            .add("positioning", "other")
            .add("source", "OSM")
            .add("attributes", attributes(e))
            .build();
    return ChangeCommand.upsert(
        e.line, ResourceKind.POSITION, JSON.createObjectBuilder().add("ign", key).build(), body);
  }

  private static JsonObjectBuilder attributes(OsmElement e) {
    return JSON.createObjectBuilder().add("source", ATTRIBUTION).add("osm_id", e.osmId());
  }
}
