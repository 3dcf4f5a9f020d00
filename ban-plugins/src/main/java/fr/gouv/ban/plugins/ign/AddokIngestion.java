package fr.gouv.ban.plugins.ign;

import static fr.gouv.ban.domain.Jsonp.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the BAN's addok export ({@code adresses-addok-<dep>.ndjson.gz}, one JSON document per line,
 * geocoder.md §7): {@code municipality} documents give communes and their postcodes, {@code street}
 * and {@code locality} documents give groups ({@code way}, {@code area}) keyed like the BAN CSV,
 * and a street's {@code housenumbers} ({@code "96bis": {id, lon, lat}}) its housenumbers and their
 * positions (kind {@code unknown}: the export does not say).
 */
@ApplicationScoped
@Contributor(ContributorType.IGN)
@Contributor(ContributorType.ADMIN)
public class AddokIngestion implements IngestionPlugin {
  private static final ObjectMapper JSON_READER = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})\\s*([0-9a-zA-Z]*)");

  @Override
  public String id() {
    return "ign.addok-ndjson";
  }

  @Override
  public String kind() {
    return "addok";
  }

  @Override
  public Stream<ChangeCommand> read(InputStream in, IngestionContext ctx) {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Documents docs = new Documents(ctx);
    AtomicLong line = new AtomicLong();
    return reader.lines().flatMap(text -> docs.of(line.incrementAndGet(), text).stream());
  }

  /** The state of one file: what was already emitted. */
  private static final class Documents {
    private final IngestionContext ctx;
    private final Set<String> municipalities = new HashSet<>();
    private final Set<String> postcodes = new HashSet<>();

    Documents(IngestionContext ctx) {
      this.ctx = ctx;
    }

    List<ChangeCommand> of(long line, String text) {
      if (text.isBlank()) {
        return List.of();
      }
      JsonNode doc;
      try {
        doc = JSON_READER.readTree(text);
      } catch (JsonProcessingException e) {
        ctx.reject(line, "not a JSON document: " + e.getOriginalMessage());
        return List.of();
      }
      List<ChangeCommand> out = new ArrayList<>();
      try {
        switch (doc.path("type").asText()) {
          case "municipality" -> municipality(line, doc, out);
          case "street" -> group(line, doc, "way", out);
          case "locality" -> group(line, doc, "area", out);
          default ->
              throw new IllegalArgumentException(
                  "type: expected municipality, street or locality, got \""
                      + doc.path("type").asText()
                      + "\"");
        }
      } catch (IllegalArgumentException e) {
        ctx.reject(line, e.getMessage());
        return List.of();
      }
      return out;
    }

    private void municipality(long line, JsonNode doc, List<ChangeCommand> out) {
      String insee =
          insee(doc.path("citycode").isMissingNode() ? doc.path("id") : doc.path("citycode"));
      String name = required(doc, "name");
      municipality(line, insee, name, out);
      for (JsonNode code : list(doc.path("postcode"))) {
        postcode(line, code.asText(), insee, name, out);
      }
    }

    private void municipality(long line, String insee, String name, List<ChangeCommand> out) {
      if (municipalities.add(insee)) {
        out.add(
            ChangeCommand.upsert(
                line,
                ResourceKind.MUNICIPALITY,
                JSON.createObjectBuilder().add("insee", insee).build(),
                JSON.createObjectBuilder().add("name", name).build()));
      }
    }

    private JsonValue postcode(
        long line, String code, String insee, String city, List<ChangeCommand> out) {
      if (!code.matches("\\d{5}")) {
        throw new IllegalArgumentException("postcode: expected 5 digits, got \"" + code + "\"");
      }
      JsonObject key =
          JSON.createObjectBuilder()
              .add("code", code)
              .add("municipality", "insee:" + insee)
              .addNull("complement")
              .build();
      if (postcodes.add(code + "/" + insee)) {
        out.add(
            ChangeCommand.upsert(
                line,
                ResourceKind.POSTCODE,
                key,
                JSON.createObjectBuilder().add("name", city.toUpperCase(Locale.ROOT)).build()));
      }
      return key;
    }

    private void group(long line, JsonNode doc, String kind, List<ChangeCommand> out) {
      String street = required(doc, "id").toLowerCase(Locale.ROOT);
      if (!BanIds.STREET.matcher(street).matches()) {
        throw new IllegalArgumentException(
            "id: expected a BAN street id <insee>_<voie>, got \"" + street + "\"");
      }
      String insee = insee(doc.path("citycode"));
      List<JsonNode> cities = list(doc.path("city"));
      String city = cities.isEmpty() ? insee : cities.get(0).asText();
      municipality(line, insee, city, out);
      JsonValue postcode = JsonValue.NULL;
      List<JsonNode> codes = list(doc.path("postcode"));
      if (!codes.isEmpty()) {
        postcode = postcode(line, codes.get(0).asText(), insee, city, out);
      }
      String fantoir = BanIds.fantoir(street);
      out.add(
          ChangeCommand.upsert(
              line,
              ResourceKind.GROUP,
              fantoir != null
                  ? JSON.createObjectBuilder().add("fantoir", fantoir).build()
                  : JSON.createObjectBuilder().add("ign", street).build(),
              JSON.createObjectBuilder()
                  .add("name", required(doc, "name"))
                  .add("kind", kind)
                  .add("ign", street)
                  .add("municipality", "insee:" + insee)
                  .build()));
      Iterator<Map.Entry<String, JsonNode>> numbers = doc.path("housenumbers").fields();
      while (numbers.hasNext()) {
        var n = numbers.next();
        housenumber(line, BanIds.groupRef(street), postcode, n.getKey(), n.getValue(), out);
      }
    }

    private static void housenumber(
        long line,
        String parent,
        JsonValue postcode,
        String label,
        JsonNode doc,
        List<ChangeCommand> out) {
      Matcher m = NUMBER.matcher(label.strip());
      String cle = doc.path("id").asText("").toLowerCase(Locale.ROOT);
      if (!m.matches() || !BanIds.CLE.matcher(cle).matches() || cle.length() > BanIds.MAX) {
        throw new IllegalArgumentException(
            "housenumbers."
                + label
                + ": expected a number with an optional suffix and a clé"
                + " d'interopérabilité id, got \""
                + cle
                + "\"");
      }
      double lon = doc.path("lon").asDouble(Double.NaN);
      double lat = doc.path("lat").asDouble(Double.NaN);
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        throw new IllegalArgumentException(
            "housenumbers." + label + ": lon/lat missing or out of range");
      }
      JsonObject key = JSON.createObjectBuilder().add("ign", cle).build();
      JsonObjectBuilder body =
          JSON.createObjectBuilder()
              .add("number", String.valueOf(Integer.parseInt(m.group(1))))
              .add("parent", parent)
              .add("postcode", postcode);
      if (m.group(2).isEmpty()) {
        body.addNull("ordinal");
      } else {
        body.add("ordinal", m.group(2).toLowerCase(Locale.ROOT));
      }
      out.add(ChangeCommand.upsert(line, ResourceKind.HOUSENUMBER, key, body.build()));
      out.add(
          ChangeCommand.upsert(
              line,
              ResourceKind.POSITION,
              key,
              JSON.createObjectBuilder()
                  .add("housenumber", "ign:" + cle)
                  .add("center", JSON.createArrayBuilder().add(lon).add(lat))
                  .add("kind", "unknown")
                  .add("positioning", "other")
                  .addNull("source")
                  .build()));
    }

    private static String insee(JsonNode node) {
      List<JsonNode> values = list(node);
      String insee = values.isEmpty() ? "" : values.get(0).asText().toUpperCase(Locale.ROOT);
      if (!insee.matches("(2[AB]|\\d{2})\\d{3}")) {
        throw new IllegalArgumentException(
            "citycode: expected an INSEE code, got \"" + insee + "\"");
      }
      return insee;
    }

    private static String required(JsonNode doc, String field) {
      String v = doc.path(field).asText("").strip();
      if (v.isEmpty()) {
        throw new IllegalArgumentException(field + ": missing");
      }
      return v;
    }

    /** A list field, or a single value as a list of one (addok writes both). */
    private static List<JsonNode> list(JsonNode node) {
      List<JsonNode> out = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(out::add);
      } else if (!node.isMissingNode() && !node.isNull()) {
        out.add(node);
      }
      return out;
    }
  }
}
