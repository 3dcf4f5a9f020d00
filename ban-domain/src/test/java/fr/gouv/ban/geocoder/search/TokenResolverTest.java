package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.text.QueryToken;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenResolverTest {

  /**
   * With a budget of half the postings of the completions of "sa" on Paris, the most frequent
   * completions that fit are kept, and a prefix seen before gets the same ones (from the resolver's
   * store of trimmed prefixes).
   */
  @Test
  void keepsTheMostFrequentCompletionsWithinTheBudgetAndTheSameOnesNextTime() {
    CompactIndex index = TestData.parisIndex();
    QueryToken sa = lastToken("boulevard sa");
    ResolvedToken all = resolver(index, Integer.MAX_VALUE).resolve(sa, true, false, true);
    int budget = (int) (all.postings() / 2);
    TokenResolver resolver = resolver(index, budget);
    ResolvedToken first = resolver.resolve(sa, true, false, true);
    ResolvedToken again = resolver.resolve(sa, true, false, true);
    ResolvedToken fresh = resolver(index, budget).resolve(sa, true, false, true);

    assertThat(all.terms().length).isGreaterThan(10);
    assertThat(first.postings()).isLessThanOrEqualTo(budget).isPositive();
    assertThat(all.terms()).contains(first.terms());
    int mostFrequentFitting =
        Arrays.stream(all.terms())
            .boxed()
            .filter(t -> index.postings().frequency(t) <= budget)
            .max((a, b) -> index.postings().frequency(a) - index.postings().frequency(b))
            .orElseThrow();
    assertThat(first.terms()).contains(mostFrequentFitting);
    for (ResolvedToken other : List.of(again, fresh)) {
      assertThat(other.terms()).isEqualTo(first.terms());
      assertThat(other.factors()).isEqualTo(first.factors());
    }
  }

  private static TokenResolver resolver(CompactIndex index, int budget) {
    SearchSettings d = SearchSettings.DEFAULTS;
    return new TokenResolver(
        index,
        TestData.NORMALIZER,
        new SearchSettings(
            d.candidateBudget(),
            d.commonThreshold(),
            budget,
            d.commonDriverSample(),
            d.minPrefixLength(),
            d.minPrefixLengthAfterWords(),
            d.creamScore(),
            d.minScore()));
  }

  private static QueryToken lastToken(String text) {
    List<QueryToken> tokens = TestData.NORMALIZER.analyze(text).tokens();
    return tokens.get(tokens.size() - 1);
  }
}
