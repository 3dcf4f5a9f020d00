package fr.gouv.ban.geocoder.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prefix ceiling's likelihood is the harness's own cut rule. */
class PrefixPosteriorTest {

  @Test
  void cutProbabilitiesAreTheHarnessFrequencies() {
    Random random = new Random(1);
    for (int length : new int[] {5, 7, 10, 14, 23, 41}) {
      int[] seen = new int[length + 1];
      int draws = 200_000;
      for (int i = 0; i < draws; i++) {
        seen[PrefixPosterior.cut(length, random.nextDouble())]++;
      }
      double total = 0;
      for (int p = 0; p <= length; p++) {
        double expected = PrefixPosterior.cutProbability(p, length);
        total += expected;
        assertThat((double) seen[p] / draws)
            .as("L=%d p=%d", length, p)
            .isCloseTo(expected, within(0.005));
      }
      assertThat(total).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void posteriorWeighsTheNamesThatAdmitTheCut() {
    // "Rue Bru" (7 characters) is 50 % of "Rue Brunetiere" (14) and 54 % of "Rue Bruxelles" (13):
    // outside the 60-90 % window; 27bis is another query
    PrefixPosterior posterior =
        new PrefixPosterior(
            List.of(
                address("a", "27", "Rue Brunel"),
                address("b", "27", "Rue Bruant"),
                address("c", "27", "Rue Brunetiere"),
                address("d", "27bis", "Rue Brunel"),
                address("e", "27", "Rue Bruxelles")));
    Map<String, Double> p = posterior.posterior("27", "Rue Bru", "a");
    // 7 of 10 characters: the cut covers (6, 7] of the window [6, 9), 1/3 for both names
    assertThat(p.keySet()).containsExactly("a", "b");
    assertThat(p.get("a")).isCloseTo(0.5, within(1e-12));
    assertThat(PrefixPosterior.best(p, 1)).isCloseTo(0.5, within(1e-12));
    assertThat(PrefixPosterior.best(p, 5)).isCloseTo(1, within(1e-12));
  }

  private static EvalAddress address(String id, String number, String street) {
    return new EvalAddress(id, "s-" + street, number, 27, street, "75000", "Paris", 2.3, 48.8);
  }
}
