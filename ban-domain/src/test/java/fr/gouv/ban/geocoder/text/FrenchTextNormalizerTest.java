package fr.gouv.ban.geocoder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTextNormalizerTest {

  private final TextNormalizer normalizer = new FrenchTextNormalizer();

  @Test
  void isTheServiceLoaderDefault() {
    assertThat(TextNormalizers.load()).isInstanceOf(FrenchTextNormalizer.class);
  }

  @ParameterizedTest(name = "\"{0}\" → number {1}, cleaned \"{2}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "8 rue de la paix paris|8|8 rue de la paix paris",
        "6 bis av de la gare|6b|6b avenue de la gare",
        "6 bis|6b|6b",
        "12 ter bd du port|12t|12t boulevard du port",
        "10B rue X|10b|10b rue x",
        "12 bv rue Y|12bv|12bv rue y",
        "12p1 rue Y|12p1|12p1 rue y",
        "0003 rue Z|3|3 rue z",
        "rue du 8 mai 1945|-|rue du 8 mai 1945",
        "2e arrondissement|-|2e arrondissement",
        "rue de la paix 12 bd saint michel|12|12 boulevard saint michel",
        "Maison de l'emploi 13 rue de la Tuilerie 70400 Héricourt|13|13 rue de la tuilerie 70400 hericourt",
        "Bâtiment B 8 r. de la Paix|8|8 rue de la paix",
        "Appt 12 7 rue Lalande 75014 Paris|7|7 rue lalande 75014 paris",
        "Escalier 3 22 rue des Ardennes, FRANCE|22|22 rue des ardennes",
        "BP 123 12 rue X|12|12 rue x",
        "B.P. 45 - 3 place Y|3|3 place y",
        "12 rue X 75384 Paris Cedex 08|12|12 rue x paris 75",
        "3e étage 5 rue Z|5|5 rue z",
        "Neuilly s/ Seine|-|neuilly sur seine",
        "lieu-dit Les Granges|-|les granges",
        "18, rue des avions|18|18 rue des avions"
      })
  void cleansQueriesAndFindsTheHousenumber(String query, String number, String cleaned) {
    QueryAnalysis analysis = normalizer.analyze(query);
    assertThat(analysis.housenumber()).isEqualTo(number);
    assertThat(analysis.cleaned()).isEqualTo(cleaned);
  }

  @Test
  void expandsSynonymsIntoSeveralTokensAndKeysThemPhonetically() {
    QueryAnalysis analysis = normalizer.analyze("pl nd des champs");
    assertThat(analysis.tokens())
        .extracting(t -> t.term().folded())
        .containsExactly("place", "notre", "dame", "des", "champs");
    assertThat(analysis.tokens())
        .extracting(t -> t.term().key())
        .containsExactly("plas", "notr", "dam", "de", "chan");
  }

  @Test
  void marksOnlyTheLastWordAsTypedAndKeepsItsSpelling() {
    QueryAnalysis analysis = normalizer.analyze("avenue de la rep");
    assertThat(analysis.tokens())
        .extracting(QueryToken::prefix)
        .containsExactly(null, null, null, "rep");
  }

  @Test
  void letsATypedAbbreviationBeAPrefixToo() {
    QueryAnalysis analysis = normalizer.analyze("2 rue gr");
    assertThat(analysis.tokens()).extracting(QueryToken::prefix).containsExactly(null, "gr");
    assertThat(analysis.tokens().get(1).term().folded()).isEqualTo("grande");
  }

  @Test
  void countsARepeatedWordOnce() {
    assertThat(normalizer.analyze("rue de la fontaine de la ville").tokens())
        .extracting(t -> t.term().folded())
        .containsExactly("rue", "de", "la", "fontaine", "ville");
  }

  @Test
  void indexesFieldValuesWithTheSamePipeline() {
    assertThat(normalizer.indexTerms("Rue du 4 Septembre"))
        .extracting(Term::folded)
        .containsExactly("rue", "du", "quatre", "septembre");
    assertThat(normalizer.indexTerms("Paris 2e Arrondissement"))
        .extracting(Term::folded)
        .containsExactly("paris", "deuxieme", "arrondissement");
  }

  @ParameterizedTest
  @CsvSource({"10 bis,10b", "10bis,10b", "10B,10b", "96ter,96t", "7C,7c", "12 p1,12p1", "008,8"})
  void normalisesHousenumberKeys(String display, String key) {
    assertThat(normalizer.housenumberKey(display)).isEqualTo(key);
  }

  @Test
  void keepsTheFoldedRawQueryForAddokScoring() {
    assertThat(normalizer.analyze("8 Bd du Port").folded()).isEqualTo("8 bd du port");
    assertThat(normalizer.analyze("").tokens()).isEqualTo(List.of());
  }
}
