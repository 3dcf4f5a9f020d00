package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.TestData;
import org.junit.jupiter.api.Test;

class NumberSummaryTest {

  @Test
  void tellsTheNumbersAStreetHasWithoutASuffixAndWhereItsNumbersStop() {
    IndexBuilder builder = new IndexBuilder(TestData.NORMALIZER);
    builder.add(
        Fixtures.street(
            "99001_0001", "Rue Haute", "99100", "Ville", 45, 3, 0.5, "1", "3bis", "64", "70"));
    builder.add(Fixtures.street("99001_0002", "Rue Basse", "99100", "Ville", 45, 3, 0.5));
    CompactIndex index = builder.build();
    NumberSummary summary = index.numberSummary();
    int haute = index.find("99001_0001");
    int basse = index.find("99001_0002");
    assertThat(summary.hasPlain(haute, 1)).isTrue();
    assertThat(summary.hasPlain(haute, 2)).isFalse();
    assertThat(summary.hasPlain(haute, 3)).isFalse(); // only 3 bis
    assertThat(summary.hasPlain(haute, 64)).isTrue();
    assertThat(NumberSummary.coversPlain(64)).isTrue();
    assertThat(NumberSummary.coversPlain(65)).isFalse();
    assertThat(NumberSummary.coversPlain(0)).isFalse();
    assertThat(summary.mayHave(haute, 70)).isTrue();
    assertThat(summary.mayHave(haute, 71)).isFalse();
    assertThat(summary.mayHave(basse, 1)).isFalse();
  }

  /** On every Paris street, the summary agrees with a scan of the street's numbers. */
  @Test
  void agreesWithTheHousenumberTableOnParis() {
    CompactIndex index = TestData.parisIndex();
    NumberSummary summary = index.numberSummary();
    HousenumberTable numbers = index.housenumbers();
    for (int doc = 0; doc < index.documentCount(); doc++) {
      int start = index.documents().housenumberStart(doc);
      int end = index.documents().housenumberEnd(doc);
      for (int number = 1; number <= 200; number++) {
        boolean any = false;
        boolean plain = false;
        for (int hn = start; hn < end; hn++) {
          if (numbers.number(hn) == number) {
            any = true;
            plain |= index.strings().length(numbers.suffixKeyRef(numbers.suffix(hn))) == 0;
          }
        }
        if (any) {
          assertThat(summary.mayHave(doc, number)).isTrue();
        }
        if (NumberSummary.coversPlain(number)) {
          assertThat(summary.hasPlain(doc, number))
              .as("doc %d number %d", doc, number)
              .isEqualTo(plain);
        }
      }
      if (end > start) {
        assertThat(summary.mayHave(doc, numbers.number(end - 1) + 1)).isFalse();
      }
    }
  }
}
