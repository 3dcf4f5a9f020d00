package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.BoundingBox;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search behaviour on the hand-made fixture, after addok's own test suite. */
class GeocoderTest {

  private final Geocoder geocoder = new IndexGeocoder(Fixtures.index(), TestData.NORMALIZER);

  private Hit first(SearchQuery query) {
    List<Hit> hits = geocoder.search(query);
    assertThat(hits).as("hits of %s", query.text()).isNotEmpty();
    return hits.get(0);
  }

  private Hit first(String text) {
    return first(SearchQuery.of(text).withAutocomplete(false));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "andresy,78015",
    "lilas,93045",
    "rue de lille douai,59178_0300",
    "rue de douai lille,59350_0400",
    "antresy,78015",
    "andreys,78015",
    "andressy,78015",
    "oz,38289",
    "8 rue 1814,59350_1100_00008",
    "'12, rue poncelet paris',75117_1200_00012"
  })
  void findsTheDocumentAddokFinds(String query, String id) {
    assertThat(first(query).document().id()).isEqualTo(id);
  }

  @Test
  void usesTheCentreToChooseBetweenHomonyms() {
    Hit hit = first(SearchQuery.of("13 vla eugène").withCenter(48.9226, 2.2522));
    assertThat(hit.document().city()).isEqualTo("Colombes");
    assertThat(hit.document().housenumber()).isEqualTo("13");
  }

  @Test
  void dropsANoisyWordRatherThanFindingNothing() {
    assertThat(first("quai jules verne saint cyprie plage").document().id())
        .isEqualTo("66186_1400");
  }

  @Test
  void doesNotCorrectTwoEdits() {
    assertThat(geocoder.search(SearchQuery.of("antresu").withAutocomplete(false)))
        .noneMatch(hit -> hit.document().id().equals("78015"));
  }

  @Test
  void reproducesAddokScoreOfTheOfficialExampleOrBetter() {
    Hit hit = first(SearchQuery.of("8 bd du port"));
    assertThat(hit.document().label()).isEqualTo("8 Boulevard du Port 80000 Amiens");
    assertThat(hit.document().kind()).isEqualTo(DocumentKind.HOUSENUMBER);
    // addok scores 0.49159 (bigrams of "8 bd du port"); the expanded query lifts "bd"'s penalty
    assertThat(hit.score()).isGreaterThanOrEqualTo(0.49159).isLessThanOrEqualTo(1);
  }

  @Test
  void returnsTheHousenumberAsAResult() {
    AddressDocument doc = first("16 bis boulevard du port amiens").document();
    assertThat(doc.id()).isEqualTo("80021_0500_00016_b");
    assertThat(doc.housenumber()).isEqualTo("16b");
    assertThat(doc.street()).isEqualTo("Boulevard du Port");
    assertThat(doc.name()).isEqualTo("16b Boulevard du Port");
    assertThat(doc.citycode()).isEqualTo("80021");
  }

  @Test
  void answersAnUnknownNumberWithTheNearestOneOnTheSameSide() {
    Hit nearest = first("12 boulevard du port amiens");
    assertThat(nearest.document().housenumber()).isEqualTo("10");
    assertThat(nearest.housenumberMatch()).isEqualTo(HousenumberMatch.NEAREST);
    Hit exact = first("10 boulevard du port amiens");
    assertThat(exact.housenumberMatch()).isEqualTo(HousenumberMatch.EXACT);
    assertThat(nearest.score()).isLessThan(exact.score());
  }

  @Test
  void autocompletesOnlyTheLastWord() {
    Hit completed = first(SearchQuery.of("avenue wamb"));
    assertThat(completed.document().id()).isEqualTo("59350_1000");
    // "wamb" is not completed when it comes first: the street only matches "avenue" then
    assertThat(geocoder.search(SearchQuery.of("wamb avenue")))
        .allMatch(hit -> hit.score() < completed.score());
    assertThat(geocoder.search(SearchQuery.of("avenue wamb").withAutocomplete(false)))
        .allMatch(hit -> hit.score() < completed.score());
  }

  @Test
  void completesOnTheTypedSpellingNotOnlyThePhoneticKey() {
    SearchQuery quim =
        SearchQuery.of("quim").withFilters(Filters.NONE.withTypes(DocumentKind.MUNICIPALITY));
    assertThat(first(quim).document().name()).isEqualTo("Quimper");
  }

  @ParameterizedTest
  @CsvSource({"48.8924,2.2071,Nanterre", "48.8694,2.1809,Rueil-Malmaison"})
  void prefersTheNearestOfEqualStreets(double lat, double lon, String city) {
    Hit hit = first(SearchQuery.of("avenue de la république").withCenter(lat, lon));
    assertThat(hit.document().city()).isEqualTo(city);
    assertThat(hit.distanceMetres()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8 rue 1814",
        "lilas",
        "andresy",
        "avenue de la republique",
        "16b bd du port amiens"
      })
  void neverScoresAboveOne(String query) {
    assertThat(geocoder.search(SearchQuery.of(query).withCenter(48.88, 2.2)))
        .allSatisfy(hit -> assertThat(hit.score()).isBetween(0.0, 1.0));
  }

  @Test
  void typeHousenumberRequiresANumberMatch() {
    Filters numbers = Filters.NONE.withTypes(DocumentKind.HOUSENUMBER);
    assertThat(geocoder.search(SearchQuery.of("boulevard du port").withFilters(numbers))).isEmpty();
    assertThat(geocoder.search(SearchQuery.of("8 boulevard du port").withFilters(numbers)))
        .isNotEmpty()
        .allMatch(hit -> hit.document().kind() == DocumentKind.HOUSENUMBER);
  }

  @Test
  void typeStreetIgnoresTheNumber() {
    Hit hit =
        first(
            SearchQuery.of("8 boulevard du port")
                .withFilters(Filters.NONE.withTypes(DocumentKind.STREET)));
    assertThat(hit.document().kind()).isEqualTo(DocumentKind.STREET);
    assertThat(hit.document().id()).isEqualTo("80021_0500");
  }

  @Test
  void filtersAreOrWithinAndAndAcross() {
    String q = "avenue de la republique";
    assertThat(
            geocoder.search(
                SearchQuery.of(q).withFilters(Filters.NONE.withPostcodes("92500", "99999"))))
        .extracting(h -> h.document().city())
        .containsOnly("Rueil-Malmaison");
    assertThat(
            geocoder.search(
                SearchQuery.of(q).withFilters(Filters.NONE.withCitycodes("92050", "92063"))))
        .extracting(h -> h.document().city())
        .containsExactlyInAnyOrder("Nanterre", "Rueil-Malmaison");
    assertThat(
            geocoder.search(
                SearchQuery.of(q)
                    .withFilters(Filters.NONE.withCitycodes("92050").withPostcodes("92500"))))
        .isEmpty();
    assertThat(
            geocoder.search(
                SearchQuery.of("republique").withFilters(Filters.NONE.withDepartements("75"))))
        .extracting(h -> h.document().id())
        .containsExactly("75111_0900");
    BoundingBox aroundNanterre = new BoundingBox(2.20, 48.89, 2.21, 48.90);
    assertThat(
            geocoder.search(SearchQuery.of(q).withFilters(Filters.NONE.withBbox(aroundNanterre))))
        .extracting(h -> h.document().city())
        .containsOnly("Nanterre");
  }

  @Test
  void retriesAWrongPostcodeFilterWhenTheCityIsNamed() {
    SearchQuery query =
        SearchQuery.of("avenue de la republique rueil malmaison")
            .withFilters(Filters.NONE.withPostcodes("92999"));
    assertThat(first(query).document().city()).isEqualTo("Rueil-Malmaison");
    assertThat(
            geocoder.search(
                SearchQuery.of("avenue de la republique")
                    .withFilters(Filters.NONE.withPostcodes("92999"))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"avenue de la republique", "rue", "lille", "port", "1 rue"})
  void firstHitsDoNotDependOnTheLimit(String query) {
    List<Hit> ten = geocoder.search(SearchQuery.of(query).withLimit(10));
    for (int limit = 1; limit < 10; limit++) {
      List<Hit> fewer = geocoder.search(SearchQuery.of(query).withLimit(limit));
      assertThat(ids(fewer)).isEqualTo(ids(ten.subList(0, Math.min(limit, ten.size()))));
    }
  }

  @Test
  void breaksTiesByImportanceThenId() {
    AddressDocument a = Fixtures.street("12345_b", "Rue Haute", "12000", "Ville", 45, 3, 0.3, "1");
    AddressDocument b = Fixtures.street("12345_a", "Rue Haute", "12000", "Ville", 45, 3, 0.3, "1");
    AddressDocument c = Fixtures.street("12345_c", "Rue Haute", "12000", "Ville", 45, 3, 0.31, "1");
    Geocoder tie =
        new IndexGeocoder(
            new IndexBuilder(TestData.NORMALIZER).addAll(List.of(a, b, c)).build(),
            TestData.NORMALIZER);
    assertThat(ids(tie.search(SearchQuery.of("rue haute ville"))))
        .containsExactly("12345_c", "12345_a", "12345_b");
  }

  @Test
  void findsALoneHousenumberAroundTheCentre() {
    Hit hit = first(SearchQuery.of("16b").withCenter(49.9, 2.29));
    assertThat(hit.document().id()).isEqualTo("80021_0500_00016_b");
    assertThat(geocoder.search(SearchQuery.of("16b"))).isEmpty();
    assertThat(geocoder.search(SearchQuery.of("16b").withCenter(45.0, 6.0))).isEmpty();
  }

  @Test
  void rejectsOverlongQueries() {
    assertThatThrownBy(() -> SearchQuery.of("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void returnsNothingForNoiseOnly() {
    assertThat(geocoder.search(SearchQuery.of("!!! ---"))).isEmpty();
    assertThat(geocoder.search(SearchQuery.of("zzzzqqq"))).isEmpty();
  }

  @Test
  void scoresAnExactCompleteQueryNearOne() {
    Hit hit = first("Boulevard du Port 80000 Amiens");
    assertThat(hit.score()).isCloseTo((1 + 0.1 * 0.67066) / 1.1, within(1e-4));
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.document().id()).toList();
  }
}
