package fr.gouv.ban.api.geocoding;

import static fr.gouv.ban.domain.Jsonp.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The GeoCodeJSON of /search and /reverse, written as bytes, is the JSON-P rendering it replaced
 * (the features of the CSV batch, a JSON-P tree) byte for byte, and keeps the public API's shape.
 */
class GeocodeJsonTest {
  private static final Hit HOUSENUMBER =
      new Hit(
          AddressDocument.builder("75102_6998_00008", DocumentKind.HOUSENUMBER, "8 Rue de la Paix")
              .banId("0c4b3c6f-1111-2222-3333-444455556666")
              .label("8 Rue de la Paix 75002 Paris")
              .housenumber("8")
              .street("Rue de la Paix")
              .postcodes(List.of("75002"))
              .citycodes(List.of("75102"))
              .cities(List.of("Paris", "Paris 2e Arrondissement"))
              .district("Paris 2e Arrondissement")
              .context("75, Paris, Île-de-France")
              .position(2.331289, 48.869287)
              .projected(651267.02, 6863177.53)
              .importance(0.6789123)
              .build(),
          0.9712345,
          OptionalInt.of(152),
          HousenumberMatch.EXACT);
  private static final Hit MUNICIPALITY =
      new Hit(
          AddressDocument.builder("98818", DocumentKind.MUNICIPALITY, "Nouméa")
              .label("Nouméa")
              .postcodes(List.of("98800"))
              .citycodes(List.of("98818"))
              .cities(List.of("Nouméa"))
              .oldcity("98800", "Ancienne \"Nouméa\"\\")
              .position(166.4572, -22.2758)
              .importance(0.00001)
              .population(94285)
              .build(),
          1e-4,
          OptionalInt.empty(),
          HousenumberMatch.NONE);
  private static final Hit STREET =
      new Hit(
          AddressDocument.builder("75102_6998", DocumentKind.STREET, "Rue de la Paix")
              .label("Rue de la Paix 75002 Paris")
              .citycodes(List.of("75102"))
              .cities(List.of("Paris"))
              .position(2.3315, 48.8692)
              .build(),
          0.5,
          OptionalInt.empty(),
          HousenumberMatch.NONE);

  /** The collection as JSON-P built it before: the oracle of the byte writer. */
  private static String jsonp(
      List<Hit> hits, String query, Map<String, List<String>> filters, double[] center, int limit) {
    JsonArrayBuilder features = JSON.createArrayBuilder();
    hits.forEach(h -> features.add(GeocodeJson.feature(h)));
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
    return b.add("limit", limit).build().toString();
  }

  private static String bytes(
      List<Hit> hits, String query, Map<String, List<String>> filters, double[] center, int limit) {
    return new String(
        GeocodeJson.collection(hits, query, filters, center, limit), StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswerIsTheJsonpRenderingByteForByte() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("type", List.of("housenumber", "street"));
    filters.put("citycode", List.of("75102"));
    List<Hit> hits = List.of(HOUSENUMBER, STREET, MUNICIPALITY);
    double[] center = {48.87, 2.33};
    assertThat(bytes(hits, "8 rue de la paix", filters, center, 5))
        .isEqualTo(jsonp(hits, "8 rue de la paix", filters, center, 5));
  }

  @Test
  void emptyAndReverseAnswersToo() {
    assertThat(bytes(List.of(), "zzz", Map.of(), null, 5))
        .isEqualTo(jsonp(List.of(), "zzz", Map.of(), null, 5));
    double[] point = {-22.27, 166.45};
    assertThat(bytes(List.of(MUNICIPALITY), null, Map.of(), point, 1))
        .isEqualTo(jsonp(List.of(MUNICIPALITY), null, Map.of(), point, 1));
  }

  @Test
  void featureHasTheShapeOfThePublicApi() {
    assertThat(bytes(List.of(HOUSENUMBER), "8 rue de la paix", Map.of(), null, 5))
        .isEqualTo(
            "{\"type\":\"FeatureCollection\",\"version\":\"draft\",\"features\":[{\"type\":"
                + "\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[2.331289,"
                + "48.869287]},\"properties\":{\"label\":\"8 Rue de la Paix 75002 Paris\","
                + "\"score\":0.97123,\"housenumber\":\"8\",\"id\":\"75102_6998_00008\","
                + "\"banId\":\"0c4b3c6f-1111-2222-3333-444455556666\",\"name\":\"8 Rue de la"
                + " Paix\",\"postcode\":\"75002\",\"citycode\":\"75102\",\"x\":651267.02,"
                + "\"y\":6863177.53,\"city\":\"Paris\",\"district\":\"Paris 2e Arrondissement\","
                + "\"context\":\"75, Paris, Île-de-France\",\"type\":\"housenumber\","
                + "\"importance\":0.67891,\"street\":\"Rue de la Paix\",\"distance\":152}}],"
                + "\"attribution\":\"BAN\",\"licence\":\"ETALAB-2.0\",\"query\":"
                + "\"8 rue de la paix\",\"limit\":5}");
  }
}
