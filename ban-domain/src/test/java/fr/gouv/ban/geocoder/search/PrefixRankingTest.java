package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.Hit;
import fr.gouv.ban.geocoder.SearchQuery;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ranking of autocomplete prefixes between streets that all start with the typed text. */
class PrefixRankingTest {

  /** Paris's population part of the importance, as BAN computes it for an arrondissement. */
  private static final double CITY = Math.log1p(180_000 / 3.0) / 20;

  private static AddressDocument street(String id, String name, int numbers) {
    String[] keys =
        IntStream.rangeClosed(1, numbers).mapToObj(String::valueOf).toArray(String[]::new);
    double importance = CITY + Math.log1p(numbers) / 20;
    return Fixtures.street(id, name, "75020", "Paris", 48.86, 2.39, importance, keys);
  }

  private static Geocoder geocoder(AddressDocument... documents) {
    return new IndexGeocoder(
        new IndexBuilder(TestData.NORMALIZER).addAll(List.of(documents)).build(),
        TestData.NORMALIZER);
  }

  private static String first(Geocoder geocoder, String query) {
    List<Hit> hits = geocoder.search(SearchQuery.of(query).withAutocomplete(true));
    return hits.isEmpty() ? null : hits.get(0).document().label();
  }

  @Test
  void aQueriedNumberIsOneAddressWhateverTheSizeOfItsStreet() {
    // 23 exists in both: one address of a 600-number street is no likelier than one of a 30-number
    // street, so the closer completion wins (the longer street did, by its importance); for the
    // street
    // alone, the longer street still does
    Geocoder geocoder =
        geocoder(
            street("75120_0001", "Rue du Cambodge", 600), street("75102_0002", "Rue du Caire", 30));
    assertThat(first(geocoder, "23 Rue du Ca")).isEqualTo("23 Rue du Caire 75020 Paris");
    assertThat(first(geocoder, "Rue du Ca")).isEqualTo("Rue du Cambodge 75020 Paris");
  }

  @Test
  void aLabelStartingWithTheTypedTextSparesTheTypoPass() {
    // "marti" completes to Martin only; Morti is one edit away, found only by the typo pass
    Geocoder geocoder =
        geocoder(street("75114_0001", "Rue Martin", 10), street("75114_0002", "Rue Morti", 10));
    List<Hit> hits = geocoder.search(SearchQuery.of("6 Rue Marti").withAutocomplete(true));
    assertThat(hits)
        .extracting(h -> h.document().label())
        .containsExactly("6 Rue Martin 75020 Paris");
    assertThat(CandidateCollector.lastGathered()).isEqualTo(1); // the first pass was the last
    // nothing starts with "martu": the typo pass runs and brings both streets
    hits = geocoder.search(SearchQuery.of("6 Rue Martu").withAutocomplete(true));
    assertThat(hits)
        .extracting(h -> h.document().label())
        .containsExactlyInAnyOrder("6 Rue Martin 75020 Paris", "6 Rue Morti 75020 Paris");
  }

  @Test
  void aFinishedLastWordIsNotCompletedInTheLabelsEither() {
    Geocoder geocoder =
        geocoder(street("75114_0001", "Rue Pauly", 10), street("75114_0002", "Rue Paul Fort", 10));
    assertThat(first(geocoder, "6 Rue Paul ")).isEqualTo("6 Rue Paul Fort 75020 Paris");
    assertThat(first(geocoder, "6 Rue Paul")).isEqualTo("6 Rue Pauly 75020 Paris");
  }

  @Test
  void aFinishedQueryStartsALabelOnlyAtTheEndOfAWord() {
    char[] fort = "6 rue paul fort".toCharArray();
    char[] pauly = "6 rue pauly".toCharArray();
    QueryBigrams typing = new QueryBigrams("6 rue paul");
    QueryBigrams finished = new QueryBigrams("6 rue paul", true);
    assertThat(typing.autocompleteScore(pauly, pauly.length))
        .isGreaterThan(typing.autocompleteScore(fort, fort.length));
    assertThat(finished.autocompleteScore(fort, fort.length))
        .isEqualTo(typing.autocompleteScore(fort, fort.length));
    assertThat(finished.autocompleteScore(pauly, pauly.length)).isLessThan(0.85);
  }
}
