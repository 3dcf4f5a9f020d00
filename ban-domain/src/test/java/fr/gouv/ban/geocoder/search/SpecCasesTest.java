package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.HousenumberMatch;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The concrete cases of the spec's §9 that apply to BAN data, on small fixtures for the places
 * outside the shipped Paris extract (geocoder-tester rows, addok issues), and the §10.2 rules
 * (determinism, nearest number, wrong postcode).
 */
class SpecCasesTest {

  private static List<AddressDocument> documents() {
    List<AddressDocument> docs = new ArrayList<>(Fixtures.documents());
    docs.addAll(
        List.of(
            Fixtures.municipality("67021", "Barembach", "67130", 48.47, 7.23, 0.3),
            Fixtures.street(
                "67021_0010",
                "Rue du Presbytère",
                "67130",
                "Barembach",
                48.47,
                7.23,
                0.3,
                "23",
                "25"),
            Fixtures.municipality("79191", "Niort", "79000", 46.32, -0.46, 0.5),
            Fixtures.street(
                "79191_0020", "Rue du Dixième", "79000", "Niort", 46.33, -0.47, 0.4, "1", "2"),
            Fixtures.street(
                "79191_0021", "Rue de Dixmude", "79000", "Niort", 46.34, -0.45, 0.4, "2"),
            Fixtures.municipality("63150", "Ennezat", "63720", 45.9, 3.22, 0.3),
            Fixtures.street(
                "63150_0030", "Place du Premier Mai", "63720", "Ennezat", 45.9, 3.22, 0.3, "4"),
            Fixtures.municipality("76575", "Saint-Étienne-du-Rouvray", "76800", 49.38, 1.1, 0.48),
            Fixtures.street(
                "76575_0040",
                "Avenue Maryse Bastié",
                "76800",
                "Saint-Étienne-du-Rouvray",
                49.38,
                1.1,
                0.4,
                "2",
                "4"),
            Fixtures.municipality("06088", "Nice", "06000", 43.7, 7.26, 0.7),
            Fixtures.street(
                "06088_0050", "Promenade des Anglais", "06000", "Nice", 43.69, 7.25, 0.6, "1"),
            Fixtures.street(
                "06088_0051", "Rue de France", "06000", "Nice", 43.7, 7.26, 0.5, "1", "4"),
            Fixtures.municipality("66136", "Perpignan", "66000", 42.7, 2.89, 0.6),
            Fixtures.street(
                "66136_0060", "Rue Clément Marot", "66000", "Perpignan", 42.7, 2.89, 0.4, "2", "4"),
            Fixtures.municipality("92040", "Issy-les-Moulineaux", "92130", 48.82, 2.27, 0.55),
            Fixtures.street(
                "92040_0070",
                "Rue Camille Desmoulins",
                "92130",
                "Issy-les-Moulineaux",
                48.82,
                2.27,
                0.45,
                "84",
                "86",
                "88",
                "90",
                "92"),
            Fixtures.municipality("31555", "Toulouse", "31000", 43.6, 1.44, 0.75),
            Fixtures.street(
                "31555_0080",
                "Rue des Trente-Six Ponts",
                "31400",
                "Toulouse",
                43.59,
                1.45,
                0.5,
                "41",
                "43"),
            Fixtures.municipality("64024", "Anglet", "64600", 43.48, -1.52, 0.55),
            Fixtures.street(
                "64024_0090",
                "Rue de Pardeilhan",
                "64600",
                "Anglet",
                43.48,
                -1.52,
                0.4,
                "6",
                "6b",
                "8"),
            Fixtures.municipality("68112", "Guebwiller", "68500", 47.91, 7.21, 0.45),
            Fixtures.street(
                "68224_0100", "Rue de Guebwiller", "68200", "Mulhouse", 47.75, 7.34, 0.45, "1"),
            Fixtures.street(
                "68297_0101", "Rue de Guebwiller", "68190", "Raedersheim", 47.89, 7.28, 0.3, "1"),
            Fixtures.municipality("80829", "Y", "80190", 49.8, 2.99, 0.2),
            Fixtures.municipality("76255", "Eu", "76260", 50.05, 1.42, 0.35),
            Fixtures.street("76255_0110", "Rue de l'Yser", "76260", "Eu", 50.05, 1.42, 0.3, "1")));
    return docs;
  }

  private final Geocoder geocoder =
      new IndexGeocoder(
          new IndexBuilder(TestData.NORMALIZER).addAll(documents()).build(), TestData.NORMALIZER);

  private Hit first(SearchQuery query) {
    List<Hit> hits = geocoder.search(query);
    assertThat(hits).as("hits of %s", query.text()).isNotEmpty();
    return hits.get(0);
  }

  private Hit first(String text) {
    return first(SearchQuery.of(text).withAutocomplete(false));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // geocoder-tester rows (§9), number included when the case has one
        "25 Rue du Presbytère 67130|67021_0010_00025",
        "2 rue du 10e niort|79191_0020_00002",
        "4 Place du 1er Mai Ennezat|63150_0030_00004",
        "02 AVENUE MARYSE BASTIE CAGE B 76800 ST ETIENNE DU ROUVRAY|76575_0040_00002",
        "prom anglais nice|06088_0050",
        // addok issues: wrong postcode (§10.2), ranges, hyphenated number words
        "'4 RUE CLEMENT MAROT, PERPIGNAN, 66100'|66136_0060_00004",
        "86-92 rue Camille Desmoulins Issy les moulineaux|92040_0070_00086",
        "43 Rue des Trente-six Ponts TOULOUSE|31555_0080_00043",
        // communes of one or two letters (§10.2)
        "y|80829",
        "eu|76255"
      })
  void findsTheCaseOfTheSpec(String query, String id) {
    assertThat(first(query).document().id()).isEqualTo(id);
    assertThat(first(SearchQuery.of(query)).document().id()).as("autocomplete on").isEqualTo(id);
  }

  @Test
  void givesThePostcodeOfAStreetFoundByItsCity() {
    Hit hit = first("25 Rue du Presbytère Barembach");
    assertThat(hit.document().postcode()).isEqualTo("67130");
    assertThat(hit.document().housenumber()).isEqualTo("25");
  }

  @Test
  void keepsTheStreetOfASeparatedSuffixUnderAPostcodeFilter() {
    // addok#518: "6 B RUE DE Pardeilhan" with postcode=64600 lost the street
    Hit hit =
        first(
            SearchQuery.of("6 B RUE DE Pardeilhan")
                .withAutocomplete(false)
                .withFilters(Filters.NONE.withPostcodes("64600")));
    assertThat(hit.document().id()).isEqualTo("64024_0090_00006_b");
  }

  /**
   * The official API example (§5.5): addok scores "8 bd du port" 0.49159121588068583 with
   * autocomplete on — best label "8 Boulevard du Port", 0.9 × bigram similarity 10/19, importance
   * 0.67066. The raw-query part of our score reproduces it; the cleaned query ("8 boulevard du
   * port", §10.2) then equals the label, so the engine answers (1 + 0.067066) / 1.1.
   */
  @Test
  void reproducesTheOfficialExampleScoreOfEightBdDuPort() {
    QueryBigrams raw = new QueryBigrams("8 bd du port");
    char[] label = "8 boulevard du port".toCharArray();
    assertThat(raw.similarity(label, label.length)).isEqualTo(10.0 / 19);
    double addok = (raw.autocompleteScore(label, label.length) + 0.1 * 0.67066) / 1.1;
    // the API's value used the unrounded importance (0.6706612…): 1.2e-7 from the 5-decimal one
    assertThat(addok).isCloseTo(0.49159121588068583, within(2e-7));

    Hit hit = first(SearchQuery.of("8 bd du port"));
    assertThat(hit.document().label()).isEqualTo("8 Boulevard du Port 80000 Amiens");
    assertThat(hit.document().importance()).isCloseTo(0.67066, within(1e-6));
    assertThat(hit.score()).isCloseTo((1 + 0.1 * 0.67066) / 1.1, within(1e-6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gebwiller", "guebwiller", "rue de guebwiller", "rue", "1 rue de"})
  void firstHitsNeverDependOnTheLimit(String query) {
    // adresse.data.gouv.fr#18 and #644: gebwiller's top-1 differed between limit=1 and limit=2
    for (boolean autocomplete : new boolean[] {false, true}) {
      List<String> ten = ids(SearchQuery.of(query).withAutocomplete(autocomplete).withLimit(10));
      for (int limit = 1; limit < 10; limit++) {
        assertThat(ids(SearchQuery.of(query).withAutocomplete(autocomplete).withLimit(limit)))
            .as("%s, limit %d, autocomplete %s", query, limit, autocomplete)
            .isEqualTo(ten.subList(0, Math.min(limit, ten.size())));
      }
    }
  }

  @Test
  void breaksEqualScoresByImportanceThenId() {
    List<Hit> hits = geocoder.search(SearchQuery.of("rue de guebwiller").withLimit(5));
    assertThat(hits.get(0).document().id()).isEqualTo("68224_0100"); // importance 0.45 > 0.3
    for (int i = 1; i < hits.size(); i++) {
      Hit a = hits.get(i - 1);
      Hit b = hits.get(i);
      assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
      if (a.score() == b.score()) {
        assertThat(a.document().importance()).isGreaterThanOrEqualTo(b.document().importance());
        if (a.document().importance() == b.document().importance()) {
          assertThat(a.document().id().compareTo(b.document().id())).isNegative();
        }
      }
    }
  }

  @Test
  void answersAnUnknownNumberWithTheNearestNumberFlagged() {
    Hit hit = first("91 rue camille desmoulins issy les moulineaux");
    assertThat(hit.housenumberMatch()).isEqualTo(HousenumberMatch.NEAREST);
    assertThat(hit.document().kind()).isEqualTo(DocumentKind.HOUSENUMBER);
    assertThat(hit.document().housenumber()).isIn("90", "92");
    assertThat(hit.score())
        .isLessThan(first("90 rue camille desmoulins issy les moulineaux").score());
  }

  private List<String> ids(SearchQuery query) {
    return geocoder.search(query).stream().map(hit -> hit.document().id()).toList();
  }
}
