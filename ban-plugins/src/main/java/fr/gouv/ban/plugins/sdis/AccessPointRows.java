package fr.gouv.ban.plugins.sdis;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.plugins.municipal.BalKeys;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks and converts the rows of one SDIS access-point file (its header and the previous row's
 * housenumber are its state, so one instance serves one file). Each row becomes one position
 * upsert; a row breaking a check is rejected with {@code <column>.<check>: message} reasons.
 *
 * <p>Key: {@code {"ign": "<cle_interop>:sdis:<id>"}}, or {@code <cle_interop>:sdis:<n>} without
 * {@code id}, n counting the rows of the same housenumber in a row (1, 2...); a key longer than 24
 * characters keeps its first 15, then {@code ~} and 8 base-36 characters of its SHA-256.
 */
final class AccessPointRows {
  static final List<String> REQUIRED = List.of("cle_interop", "type", "long", "lat", "precision");
  static final String DEFAULT_SOURCE = "SDIS";

  /** A housenumber's ign (the cle_interop, or the BAL import's key) or its BAN id. */
  private static final Pattern HOUSENUMBER =
      Pattern.compile("[0-9a-z_~]{1,24}|ban-housenumber-[0-9a-f]{32}");

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern ID = Pattern.compile("[0-9A-Za-z._-]{1,40}");
  private static final int MAX_SOURCE = 64;

  private final Map<String, Integer> index = new HashMap<>();
  private final int width;
  private String lastHousenumber;
  private int rank;

  AccessPointRows(List<String> header) throws IOException {
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    width = header.size();
    List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new IOException(
          "not an SDIS access-point file: missing column(s) "
              + String.join(", ", missing)
              + "; expected the header cle_interop;type;long;lat;precision;source;commentaire;id"
              + " (source, commentaire and id optional), ';'-separated");
    }
  }

  private String get(List<String> values, String column) {
    Integer i = index.get(column);
    return i == null || i >= values.size() ? "" : values.get(i);
  }

  /** What is wrong with a row, empty when it imports. */
  List<String> check(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values.size() != width) {
      out.add(
          "row.field-count: expected "
              + width
              + " fields separated by ';' as in the header, got "
              + values.size());
      return out;
    }
    String cle = get(values, "cle_interop").toLowerCase(Locale.ROOT);
    if (!HOUSENUMBER.matcher(cle).matches()) {
      out.add(
          "cle_interop.format: expected the housenumber's cle_interop (\"75101_4461_00001_bis\","
              + " at most 24 characters) or BAN id, got \""
              + get(values, "cle_interop")
              + "\"");
    }
    String type = get(values, "type");
    if (!AccessPoints.KINDS.contains(type)) {
      out.add(
          "type.value: expected one of "
              + String.join(", ", AccessPoints.KINDS)
              + ", got \""
              + type
              + "\"");
    }
    coordinate(get(values, "long"), "long", 180, out);
    coordinate(get(values, "lat"), "lat", 90, out);
    String precision = get(values, "precision");
    if (!AccessPoints.POSITIONINGS.contains(precision)) {
      out.add(
          "precision.value: expected a measured positioning, one of "
              + String.join(", ", AccessPoints.POSITIONINGS)
              + " (no interpolation or projection for an access point), got \""
              + precision
              + "\"");
    }
    String id = get(values, "id");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      out.add("id.format: expected 1 to 40 letters, digits, '.', '_' or '-', got \"" + id + "\"");
    }
    return out;
  }

  private static void coordinate(String value, String column, int max, List<String> out) {
    if (value.isEmpty()) {
      out.add(column + ".required: expected the WGS84 " + column + " of the access point");
    } else if (!DECIMAL.matcher(value).matches() || Math.abs(Double.parseDouble(value)) > max) {
      out.add(
          column
              + ".format: expected a decimal number from -"
              + max
              + " to "
              + max
              + " with '.' as separator, got \""
              + value
              + "\"");
    }
  }

  /** The position upsert of a row that passed {@link #check}. */
  ChangeCommand command(long line, List<String> values) {
    String housenumber = get(values, "cle_interop").toLowerCase(Locale.ROOT);
    rank = housenumber.equals(lastHousenumber) ? rank + 1 : 1;
    lastHousenumber = housenumber;
    String id = get(values, "id");
    String key = BalKeys.fit(housenumber + ":sdis:" + (id.isEmpty() ? String.valueOf(rank) : id));
    String source = get(values, "source").isEmpty() ? DEFAULT_SOURCE : get(values, "source");
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add(
                "center",
                Json.createArrayBuilder()
                    .add(new BigDecimal(get(values, "long")))
                    .add(new BigDecimal(get(values, "lat"))))
            .add("kind", get(values, "type"))
            .add("positioning", get(values, "precision"))
            .add("housenumber", housenumber.startsWith("ban-") ? housenumber : "ign:" + housenumber)
            .add("source", source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source);
    if (!get(values, "commentaire").isEmpty()) {
      body.add("comment", get(values, "commentaire"));
    }
    if (!id.isEmpty()) {
      body.add("attributes", Json.createObjectBuilder().add("sdis_id", id));
    }
    return ChangeCommand.upsert(
        line,
        ResourceKind.POSITION,
        Json.createObjectBuilder().add("ign", key).build(),
        body.build());
  }
}
