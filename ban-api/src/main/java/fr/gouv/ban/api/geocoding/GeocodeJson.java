package fr.gouv.ban.api.geocoding;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Hit;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * GeoCodeJSON ("draft") as the public address API answers it: one feature per hit, whose properties
 * are the document's fields (lists by their first value, empty ones left out), the type name as a
 * key holding the name, {@code distance} when a point was given.
 *
 * <p>{@code /search} and {@code /reverse} get the collection as UTF-8 bytes written directly
 * ({@link JsonBytes}); the CSV batch, which merges a feature's properties into its own rows, gets a
 * JSON-P object. Both come from the one list of properties in {@link #properties}.
 */
final class GeocodeJson {
  private GeocodeJson() {}

  /** Where {@link #properties} puts each property, in order. */
  private interface Properties {
    void add(String key, String value);

    void add(String key, double value);

    void add(String key, long value);
  }

  static byte[] collection(
      List<Hit> hits, String query, Map<String, List<String>> filters, double[] center, int limit) {
    JsonBytes out = new JsonBytes().startObject();
    out.key("type").value("FeatureCollection").key("version").value("draft");
    out.key("features").startArray();
    hits.forEach(h -> feature(h, out));
    out.end(']').key("attribution").value("BAN").key("licence").value("ETALAB-2.0");
    if (query != null) {
      out.key("query").value(query);
    }
    if (!filters.isEmpty()) {
      out.key("filters").startObject();
      filters.forEach(
          (k, values) -> {
            out.key(k).startArray();
            values.forEach(out::value);
            out.end(']');
          });
      out.end('}');
    }
    if (center != null) {
      out.key("center").startArray().value(center[1]).value(center[0]).end(']');
    }
    return out.key("limit").value((long) limit).end('}').toByteArray();
  }

  private static void feature(Hit hit, JsonBytes out) {
    AddressDocument d = hit.document();
    out.startObject().key("type").value("Feature");
    out.key("geometry").startObject().key("type").value("Point");
    out.key("coordinates").startArray().value(d.lon()).value(d.lat()).end(']').end('}');
    out.key("properties").startObject();
    properties(
        hit,
        new Properties() {
          @Override
          public void add(String key, String value) {
            out.key(key).value(value);
          }

          @Override
          public void add(String key, double value) {
            out.key(key).value(value);
          }

          @Override
          public void add(String key, long value) {
            out.key(key).value(value);
          }
        });
    out.end('}').end('}');
  }

  static JsonObject feature(Hit hit) {
    AddressDocument d = hit.document();
    JsonObjectBuilder p = JSON.createObjectBuilder();
    properties(
        hit,
        new Properties() {
          @Override
          public void add(String key, String value) {
            p.add(key, value);
          }

          @Override
          public void add(String key, double value) {
            p.add(key, value);
          }

          @Override
          public void add(String key, long value) {
            p.add(key, value);
          }
        });
    return JSON.createObjectBuilder()
        .add("type", "Feature")
        .add(
            "geometry",
            JSON.createObjectBuilder()
                .add("type", "Point")
                .add("coordinates", JSON.createArrayBuilder().add(d.lon()).add(d.lat())))
        .add("properties", p)
        .build();
  }

  private static void properties(Hit hit, Properties p) {
    AddressDocument d = hit.document();
    put(p, "label", d.label());
    p.add("score", Math.round(hit.score() * 1e5) / 1e5);
    put(p, "housenumber", d.housenumber());
    put(p, "id", d.id());
    put(p, "banId", d.banId());
    put(p, "name", d.name());
    put(p, "postcode", d.postcode());
    put(p, "citycode", d.citycode());
    if (Double.isFinite(d.x()) && Double.isFinite(d.y())) { // NaN: no projected coordinates
      p.add("x", d.x());
      p.add("y", d.y());
    }
    put(p, "city", d.city());
    put(p, "district", d.district());
    put(p, "oldcitycode", d.oldcitycode());
    put(p, "oldcity", d.oldcity());
    put(p, "context", d.context());
    p.add("type", d.kind().wireName());
    p.add("importance", Math.round(d.importance() * 1e5) / 1e5);
    if (d.kind() == DocumentKind.HOUSENUMBER) {
      put(p, "street", d.street());
    } else {
      put(p, d.kind().wireName(), d.name());
    }
    if (d.kind() == DocumentKind.MUNICIPALITY && d.population() > 0) {
      p.add("population", d.population());
    }
    hit.distanceMetres().ifPresent(m -> p.add("distance", (long) m));
  }

  private static void put(Properties p, String key, String value) {
    if (value != null && !value.isEmpty()) {
      p.add(key, value);
    }
  }
}
