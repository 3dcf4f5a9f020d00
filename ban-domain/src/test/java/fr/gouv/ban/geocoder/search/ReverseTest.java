package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.ReverseQuery;
import fr.gouv.ban.geocoder.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reverse geocoding on the real Paris extract. */
class ReverseTest {

  private final Geocoder geocoder = new IndexGeocoder(TestData.parisIndex(), TestData.NORMALIZER);

  @Test
  void returnsTheAddressAtItsOwnPosition() {
    // 8 Rue de la Paix: lon 2.330992, lat 48.868831 (spec example)
    Hit hit = geocoder.reverse(ReverseQuery.at(48.868831, 2.330992)).get(0);
    assertThat(hit.document().label()).isEqualTo("8 Rue de la Paix 75002 Paris");
    assertThat(hit.distanceMetres()).hasValue(0);
    assertThat(hit.score()).isEqualTo(1.0);
  }

  @Test
  void returnsDistinctNearestDocumentsInDistanceOrder() {
    List<Hit> hits = geocoder.reverse(ReverseQuery.at(48.8688, 2.3309).withLimit(5));
    assertThat(hits).hasSize(5);
    assertThat(hits).extracting(h -> h.distanceMetres().getAsInt()).isSorted();
    // one hit per street document (a street split across arrondissements is two documents)
    assertThat(hits)
        .extracting(h -> h.document().id().replaceAll("^([^_]+_[^_]+)_.*", "$1"))
        .doesNotHaveDuplicates();
  }

  @Test
  void findsTheTrueNearestAddress() {
    double lat = 48.85;
    double lon = 2.35;
    Hit hit = geocoder.reverse(ReverseQuery.at(lat, lon)).get(0);
    double best =
        TestData.parisDocuments().stream()
            .flatMap(d -> d.housenumbers().stream())
            .mapToDouble(n -> GeoPoint.haversineMetres(lat, lon, n.lat(), n.lon()))
            .min()
            .orElseThrow();
    assertThat((double) hit.distanceMetres().getAsInt()).isCloseTo(best, within(1.0));
  }

  @Test
  void returnsStreetsWhenAskedForStreets() {
    Hit hit =
        geocoder
            .reverse(
                ReverseQuery.at(48.868831, 2.330992)
                    .withFilters(Filters.NONE.withTypes(DocumentKind.STREET)))
            .get(0);
    assertThat(hit.document().kind()).isEqualTo(DocumentKind.STREET);
  }

  @Test
  void findsNothingBeyondTheRadius() {
    assertThat(geocoder.reverse(ReverseQuery.at(48.0, 2.0))).isEmpty();
    assertThat(geocoder.reverse(ReverseQuery.at(48.868831, 2.330992 + 0.002).withRadius(10)))
        .allSatisfy(h -> assertThat(h.distanceMetres().getAsInt()).isLessThanOrEqualTo(10));
  }

  @Test
  void appliesPostcodeFilters() {
    List<Hit> hits =
        geocoder.reverse(
            ReverseQuery.at(48.868831, 2.330992)
                .withFilters(Filters.NONE.withPostcodes("75001"))
                .withLimit(3));
    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.document().postcodes()).contains("75001"));
  }
}
