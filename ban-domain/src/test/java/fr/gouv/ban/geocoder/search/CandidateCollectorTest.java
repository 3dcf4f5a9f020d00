package fr.gouv.ban.geocoder.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.Filters;
import fr.gouv.ban.geocoder.Fixtures;
import fr.gouv.ban.geocoder.GeoPoint;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.index.CompactIndex;
import fr.gouv.ban.geocoder.index.DocumentTable.Field;
import fr.gouv.ban.geocoder.index.IndexBuilder;
import fr.gouv.ban.geocoder.text.QueryAnalysis;
import fr.gouv.ban.geocoder.text.QueryToken;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The collector's first pass (only the rarest words the should-match needs add documents, the
 * others filter the documents that can still reach it) against the exhaustive pass it replaced, and
 * the sample of a lone common driver.
 */
class CandidateCollectorTest {

  private static final SearchSettings SETTINGS = SearchSettings.DEFAULTS;

  @Test
  void onlyTheRarestWordsAddDocumentsAndTheOthersFilter() {
    // Bourg and Autre share postcode 12345 (45 streets each), 8 other communes have 100 streets:
    // 890 documents, so words in at most 111 are not common and the exhaustive pass lets them all
    // add documents; "rue" is common. One street of Bourg is "Rue Tarte".
    List<AddressDocument> docs = new ArrayList<>();
    docs.add(street("12001_0000", "Rue Tarte", "12345", "Bourg"));
    for (int i = 1; i < 45; i++) {
      docs.add(street(String.format("12001_%04d", i), "Rue " + name(i), "12345", "Bourg"));
      docs.add(street(String.format("12002_%04d", i), "Rue " + name(i), "12345", "Autre"));
    }
    docs.add(street("12002_0000", "Rue " + name(45), "12345", "Autre"));
    for (int c = 0; c < 8; c++) {
      for (int i = 0; i < 100; i++) {
        docs.add(
            street(
                String.format("130%02d_%04d", c, i), "Rue " + name(i), "130" + c + "0", "C" + c));
      }
    }
    CompactIndex index = new IndexBuilder(TestData.NORMALIZER).addAll(docs).build();
    CandidateCollector collector = new CandidateCollector(index, SETTINGS);
    int tarte = index.find("12001_0000");

    // 4 words, 3 to match: every such street holds "tarte" or "bourg", the two rarest, which alone
    // add documents (Bourg's 45 streets); "12345" (90) and "rue" only filter them
    List<ResolvedToken> tokens = resolve(index, "2 rue tarte 12345 bourg", false, false);
    int[] fast = collector.collect(tokens, noFilter(index), null, null, null, 10);
    assertThat(CandidateCollector.lastGathered()).isEqualTo(45);
    int[] exhaustive = collector.collect(tokens, noFilter(index), null, null, null, 10, true);
    assertThat(CandidateCollector.lastGathered()).isEqualTo(90); // the postcode's streets too
    assertThat(fast).containsExactly(exhaustive);
    assertThat(fast[0]).isEqualTo(tarte);

    // 2 words, both needed: only "tarte" adds (1 document), "12345" is probed in it
    tokens = resolve(index, "tarte 12345", false, false);
    fast = collector.collect(tokens, noFilter(index), null, null, null, 10);
    assertThat(CandidateCollector.lastGathered()).isEqualTo(1);
    assertThat(fast).containsExactly(tarte);
    assertThat(collector.collect(tokens, noFilter(index), null, null, null, 10, true))
        .containsExactly(fast);
  }

  /**
   * "rue des" and "avenue des": every word is common (more than an eighth of the 1,341 documents),
   * so the rarest is read from its most important documents on, 64 at first here, plus its heaviest
   * postings.
   */
  @Test
  void aLoneCommonDriverReadsItsMostImportantDocumentsFirst() {
    List<AddressDocument> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) { // the most important: 0.9 down to 0.3
      docs.add(ranked("10001_" + i, "Rue des " + name(i), 0.9 - i * 0.001));
    }
    for (int i = 0; i < 40; i++) { // the least important
      docs.add(ranked("10002_" + i, "Avenue des " + name(i), 0.05));
    }
    for (int i = 0; i < 700; i++) {
      docs.add(ranked("10003_" + i, "Avenue " + name(i), 0.2));
    }
    // hardly important, but the words weigh most in its two-word name
    docs.add(ranked("10004_0", "Rue des", 0.01));
    CompactIndex index = new IndexBuilder(TestData.NORMALIZER).addAll(docs).build();
    CandidateCollector collector =
        new CandidateCollector(index, SearchSettings.DEFAULTS.withCommonDriverSample(64));
    int shortName = index.find("10004_0");

    // dense: "rue" (601) is read; its 64 most important streets all have "des", enough for the
    // budget (48); of its heaviest postings only "Rue des" was not among them
    List<ResolvedToken> tokens = resolve(index, "rue des", false, false);
    int[] fast = collector.collect(tokens, noFilter(index), null, null, null, 5);
    assertThat(CandidateCollector.lastGathered()).isEqualTo(65);
    assertThat(fast).hasSize(SearchSettings.DEFAULTS.candidateBudget()).contains(shortName);
    for (int doc : fast) {
      if (doc != shortName) {
        assertThat(index.documents().importance(doc)).isGreaterThan((float) (0.9 - 64 * 0.001));
      }
    }
    // the weight ranking of the whole list picks the same
    assertThat(collector.collect(tokens, noFilter(index), null, null, null, 5, true))
        .containsExactly(fast);

    // sparse: "des" (641) is read; none of its first 64, nor 256, has "avenue": the sample grows
    // to the whole list
    tokens = resolve(index, "avenue des", false, false);
    fast = collector.collect(tokens, noFilter(index), null, null, null, 5);
    assertThat(CandidateCollector.lastGathered()).isEqualTo(641);
    assertThat(fast).hasSize(40);
    assertThat(fast)
        .containsExactly(collector.collect(tokens, noFilter(index), null, null, null, 5, true));
  }

  private static AddressDocument ranked(String id, String name, double importance) {
    return Fixtures.street(id, name, "10000", "Ville", 45, 3, importance, "1");
  }

  private static AddressDocument street(String id, String name, String postcode, String city) {
    return Fixtures.street(id, name, postcode, city, 45, 3, 0.5, "1", "2", "3");
  }

  @Test
  void fallsBackToTheExhaustivePassWhenNoDocumentReachesTheThreshold() {
    CompactIndex index = Fixtures.index();
    CandidateCollector collector = new CandidateCollector(index, SETTINGS);
    // "douai lille andresy quimper": no document has 3 of these 4 words
    List<ResolvedToken> tokens = resolve(index, "douai lille andresy quimper", false, false);
    int[] fast = collector.collect(tokens, noFilter(index), null, null, null, 10);
    assertThat(fast).isNotEmpty();
    assertThat(fast)
        .containsExactly(collector.collect(tokens, noFilter(index), null, null, null, 10, true));
  }

  /**
   * Paris queries of the evaluation's kinds, first and typo passes, with and without a centre: the
   * same candidates in the same order as the exhaustive pass.
   */
  @Test
  void gathersWhatTheExhaustivePassGathersOnParis() {
    CompactIndex index = TestData.parisIndex();
    // pruning alone is exact; a common driver's sample is not (and is tested above)
    CandidateCollector collector =
        new CandidateCollector(index, SETTINGS.withCommonDriverSample(Integer.MAX_VALUE));
    SplittableRandom random = new SplittableRandom(42);
    int compared = 0;
    for (int doc = 0; doc < index.documentCount(); doc += 23) {
      String name = index.text(doc, Field.NAME);
      String postcode = index.first(doc, Field.POSTCODES);
      String city = index.first(doc, Field.CITIES);
      int start = index.documents().housenumberStart(doc);
      int count = index.documents().housenumberEnd(doc) - start;
      String number = count == 0 ? "" : index.housenumberText(start + random.nextInt(count)) + " ";
      String prefix = name.substring(0, Math.max(1, (int) (name.length() * 0.7)));
      String other = index.first(random.nextInt(index.documentCount()), Field.POSTCODES);
      for (String text :
          List.of(
              number + name + " " + postcode + " " + city,
              number + name,
              number + prefix,
              number + name + " " + other + " " + city,
              "batiment b " + number + name + " france",
              number + typo(name, random) + " " + city)) {
        for (boolean autocomplete : new boolean[] {false, true}) {
          for (boolean typos : new boolean[] {false, true}) {
            QueryAnalysis analysis = TestData.NORMALIZER.analyze(text);
            if (analysis.tokens().isEmpty()) {
              continue;
            }
            List<ResolvedToken> tokens = resolve(index, analysis, autocomplete, typos);
            CandidateScorer scorer = new CandidateScorer(index, analysis, autocomplete, null, true);
            IntPredicate hasNumber = scorer.numberPredicate();
            GeoPoint center = compared % 5 == 0 ? new GeoPoint(48.86, 2.34) : null;
            int[] fast = collector.collect(tokens, noFilter(index), null, center, hasNumber, 5);
            int[] exhaustive =
                collector.collect(tokens, noFilter(index), null, center, hasNumber, 5, true);
            assertThat(fast).as(text).containsExactly(exhaustive);
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(7_000);
  }

  private static String name(int i) {
    // distinct one-word names that share no phonetic key with "tarte"
    StringBuilder s = new StringBuilder("Bo");
    for (int n = i; n > 0; n /= 5) {
      s.append("lmnpv".charAt(n % 5)).append('o');
    }
    return s.toString();
  }

  private static String typo(String name, SplittableRandom random) {
    int at = random.nextInt(name.length());
    return name.substring(0, at) + "x" + name.substring(Math.min(name.length(), at + 1));
  }

  private static FilterMatcher noFilter(CompactIndex index) {
    return new FilterMatcher(index, Filters.NONE);
  }

  private static List<ResolvedToken> resolve(
      CompactIndex index, String text, boolean autocomplete, boolean typos) {
    return resolve(index, TestData.NORMALIZER.analyze(text), autocomplete, typos);
  }

  private static List<ResolvedToken> resolve(
      CompactIndex index, QueryAnalysis analysis, boolean autocomplete, boolean typos) {
    TokenResolver resolver = new TokenResolver(index, TestData.NORMALIZER, SETTINGS);
    List<ResolvedToken> tokens = new ArrayList<>();
    List<QueryToken> words = analysis.tokens();
    for (QueryToken word : words.subList(0, Math.min(words.size(), CandidateCollector.MAX_WORDS))) {
      tokens.add(resolver.resolve(word, autocomplete, typos, words.size() > 1));
    }
    return tokens;
  }
}
