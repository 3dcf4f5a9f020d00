package fr.gouv.ban.geocoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and defaults of the public value objects. */
class QueryValuesTest {

  @Test
  void searchQueryHasTheHttpDefaults() {
    SearchQuery query = SearchQuery.of("paris");
    assertThat(query.limit()).isEqualTo(5);
    assertThat(query.autocomplete()).isTrue();
    assertThat(query.center()).isNull();
    assertThat(query.filters().isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, SearchQuery.MAX_LIMIT + 1})
  void searchQueryRejectsALimitOutOfRange(int limit) {
    assertThatThrownBy(() -> SearchQuery.of("paris").withLimit(limit))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"91,0", "-91,0", "0,181", "0,-181", "NaN,0"})
  void rejectsCoordinatesOutOfRange(double lat, double lon) {
    assertThatThrownBy(() -> new GeoPoint(lat, lon)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReverseQuery.at(lat, lon))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reverseQueryBoundsItsRadius() {
    assertThat(ReverseQuery.at(48.85, 2.35).radiusMetres()).isEqualTo(1_000);
    assertThatThrownBy(() -> ReverseQuery.at(48.85, 2.35).withRadius(10_001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReverseQuery.at(48.85, 2.35).withLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void measuresGreatCircleDistances() {
    // Notre-Dame to the Eiffel Tower, about 4.1 km
    assertThat(GeoPoint.haversineMetres(48.8530, 2.3499, 48.8584, 2.2945))
        .isCloseTo(4_100, within(100.0));
  }

  @Test
  void boundingBoxesContainTheirEdges() {
    BoundingBox box = new BoundingBox(2.0, 48.0, 3.0, 49.0);
    assertThat(box.contains(2.0, 49.0)).isTrue();
    assertThat(box.contains(3.01, 48.5)).isFalse();
    assertThatThrownBy(() -> new BoundingBox(3, 48, 2, 49))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changesCarryDocumentsOfTheirOwnId() {
    AddressDocument street =
        Fixtures.street("80021_0001", "Rue A", "80000", "Amiens", 49.9, 2.3, 0.1, "1");
    assertThat(DocumentChange.upsert(street).isDelete()).isFalse();
    assertThat(DocumentChange.delete("80021_0001").isDelete()).isTrue();
    assertThatThrownBy(() -> new DocumentChange("other", street))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void documentsExposeTheirDisplayValuesAndDepartement() {
    AddressDocument doc =
        Fixtures.street("97411_0001", "Rue A", "97400", "Saint-Denis", -20.9, 55.4, 0.1, "1");
    assertThat(doc.postcode()).isEqualTo("97400");
    assertThat(doc.citycode()).isEqualTo("97411");
    assertThat(AddressDocument.departementOf(doc.citycode())).isEqualTo("974");
    assertThat(AddressDocument.departementOf("2A004")).isEqualTo("2A");
    assertThatThrownBy(() -> AddressDocument.builder("x", DocumentKind.STREET, "Rue").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(doc.toBuilder().cities(List.of("Saint-Denis", "Alias")).build().city())
        .isEqualTo("Saint-Denis");
  }
}
