package fr.gouv.ban.api.geocoding;

import static fr.gouv.ban.domain.Jsonp.JSON;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Hit;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * GeoCodeJSON ("draft") as the public address API answers it: one feature per hit, whose properties
 * are the document's fields (lists by their first value, empty ones left out), the type name as a
 * key holding the name, {@code distance} when a point was given.
 */
final class GeocodeJson {
  private GeocodeJson() {}

  static JsonObject collection(
      List<Hit> hits, String query, Map<String, List<String>> filters, double[] center, int limit) {
    JsonArrayBuilder features = JSON.createArrayBuilder();
    hits.forEach(h -> features.add(feature(h)));
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("type", "FeatureCollection")
            .add("version", "draft")
            .add("features", features)
            .add("attribution", "BAN")
            .add("licence", "ETALAB-2.0");
    if (query != null) {
      b.add("query", query);
    }
    if (!filters.isEmpty()) {
      JsonObjectBuilder f = JSON.createObjectBuilder();
      filters.forEach((k, v) -> f.add(k, JSON.createArrayBuilder(v)));
      b.add("filters", f);
    }
    if (center != null) {
      b.add("center", JSON.createArrayBuilder().add(center[1]).add(center[0]));
    }
    return b.add("limit", limit).build();
  }

  static JsonObject feature(Hit hit) {
    AddressDocument d = hit.document();
    JsonObjectBuilder p = JSON.createObjectBuilder();
    put(p, "label", d.label());
    p.add("score", Math.round(hit.score() * 1e5) / 1e5);
    put(p, "housenumber", d.housenumber());
    put(p, "id", d.id());
    put(p, "banId", d.banId());
    put(p, "name", d.name());
    put(p, "postcode", d.postcode());
    put(p, "citycode", d.citycode());
    if (Double.isFinite(d.x()) && Double.isFinite(d.y())) { // NaN: no projected coordinates
      p.add("x", d.x()).add("y", d.y());
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
    hit.distanceMetres().ifPresent(m -> p.add("distance", m));
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

  private static void put(JsonObjectBuilder b, String key, String value) {
    if (value != null && !value.isEmpty()) {
      b.add(key, value);
    }
  }
}
