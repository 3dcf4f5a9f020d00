package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search on the real Paris extract (158,048 addresses), including the spec's §9 cases. */
class ParisSearchTest {

  private final Geocoder geocoder = new IndexGeocoder(TestData.parisIndex(), TestData.NORMALIZER);

  private Hit first(SearchQuery query) {
    List<Hit> hits = geocoder.search(query);
    assertThat(hits).as("hits of %s", query.text()).isNotEmpty();
    return hits.get(0);
  }

  @Test
  void findsRueDeLaPaixNumberEightWithAddokScore() {
    Hit first = first(SearchQuery.of("8 rue de la paix paris").withAutocomplete(false));
    assertThat(first.document().id()).isEqualTo("75102_6998_00008");
    assertThat(first.document().kind()).isEqualTo(DocumentKind.HOUSENUMBER);
    assertThat(first.document().label()).isEqualTo("8 Rue de la Paix 75002 Paris");
    assertThat(first.document().postcode()).isEqualTo("75002");
    assertThat(first.document().citycode()).isEqualTo("75102");
    assertThat(first.document().district()).isEqualTo("Paris 2e Arrondissement");
    assertThat(first.document().context()).isEqualTo("75, Paris, Île-de-France");
    assertThat(first.document().importance()).isEqualTo(0.60466);
    assertThat(first.score()).isCloseTo(0.96406, within(1e-4));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "8 r de la paix 75002 paris|75102_6998_00008",
        "+8 rue de la pai|75102_6998_00008",
        "8 rue de la paiz paris|75102_6998_00008",
        "20 bd ponyatowsky|75112_7597_00020",
        "34 Avene de l'Opéra 75002|75102_6904_00034",
        "Immeuble Maille Nord II 8, avenue Montaigne 75008 Paris|75108_6450_00008",
        "+place de la répu|75111_8159",
        "8 rue de la paix 75011 paris|75102_6998_00008",
        "paris|75056"
      })
  void findsTheExpectedAddress(String query, String id) {
    boolean autocomplete = query.startsWith("+");
    SearchQuery search =
        SearchQuery.of(autocomplete ? query.substring(1) : query).withAutocomplete(autocomplete);
    assertThat(first(search).document().id()).isEqualTo(id);
  }

  @Test
  void returnsAsManyHitsAsALargeLimitAsksForInScoreOrder() {
    List<Hit> hits = geocoder.search(SearchQuery.of("rue").withLimit(100));
    assertThat(hits).hasSize(100);
    assertThat(hits).extracting(Hit::score).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void answersConcurrentQueriesAsSequentialOnes() throws Exception {
    List<String> queries =
        List.of(
            "8 rue de la paix paris",
            "20 bd ponyatowsky",
            "+place de la rep",
            "12 avenue de france 75013 paris",
            "+3 rue de riv",
            "monparnasse");
    List<String> sequential = queries.stream().map(this::topLabel).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> queries.stream().map(this::topLabel).toList()));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String topLabel(String query) {
    boolean autocomplete = query.startsWith("+");
    SearchQuery search =
        SearchQuery.of(autocomplete ? query.substring(1) : query).withAutocomplete(autocomplete);
    return geocoder.search(search).get(0).document().label();
  }

  @Test
  void monparnasseFindsMontparnasse() {
    assertThat(first(SearchQuery.of("monparnasse").withAutocomplete(false)).document().name())
        .contains("Montparnasse");
  }

  @Test
  void postcodeFilterKeepsOnlyThatArrondissement() {
    SearchQuery query =
        SearchQuery.of("rue de vaugirard")
            .withLimit(10)
            .withFilters(Filters.NONE.withPostcodes("75015"));
    assertThat(geocoder.search(query))
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.document().postcodes()).contains("75015"));
  }

  @Test
  void findsStreetsSplitAcrossArrondissementsByTheirNumbers() {
    // Rue de Vaugirard is two BAN streets (6e and 15e); only the 15e has number 300
    Hit hit = first(SearchQuery.of("300 rue de vaugirard paris").withAutocomplete(false));
    assertThat(hit.document().postcode()).isEqualTo("75015");
    assertThat(hit.document().housenumber()).isEqualTo("300");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // §9 abbreviation case, with the search box's autocomplete
        "+pte d'orleans|75114_7723",
        // the queried number in the same-named street of another arrondissement beats the
        // nearest number of the street in the postcode given (a wrong postcode costs less)
        "23 rue alexandre dumas 75020 paris|75111_0155_00023",
        // while typing, a completion with the queried number beats the nearest number
        "+25 rue roy|75108_8418_00025",
        "25 rue roy|75108_8414_00009"
      })
  void ranksExactNumbersAndCompletionsAsTyped(String query, String id) {
    boolean autocomplete = query.startsWith("+");
    SearchQuery search =
        SearchQuery.of(autocomplete ? query.substring(1) : query).withAutocomplete(autocomplete);
    assertThat(first(search).document().id()).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one letter after other words completes ("p" → Patay, Picpus, Passy…)
        "39 rue de p|39 rue de p",
        // a word followed by a space is finished: "du " is not completed to "Dumas"
        "10 passage du |10 passage du ",
        "66 rue du |66 rue du "
      })
  void completesOnlyTheWordBeingTyped(String query, String labelStart) {
    Hit hit = first(SearchQuery.of(query));
    assertThat(hit.housenumberMatch()).isEqualTo(fr.gouv.ban.geocoder.HousenumberMatch.EXACT);
    assertThat(TestData.NORMALIZER.fold(hit.document().label()) + " ").startsWith(labelStart);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10 a rue de la paix paris|75102_6998_00010_a",
        "109bv rue saint-honoré 75001 paris|75101_8635_00109_bv",
        "109 bv rue saint honore paris|75101_8635_00109_bv"
      })
  void findsSuffixesIncludingTheMultiCharacterOnesAddokMisses(String query, String id) {
    assertThat(first(SearchQuery.of(query).withAutocomplete(false)).document().id()).isEqualTo(id);
  }
}
