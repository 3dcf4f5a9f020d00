package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypoIndexTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "andresy,antresy,true",
    "andresy,andreys,true",
    "andresy,andressy,true",
    "andresy,andrsy,true",
    "andresy,antresu,false",
    "paix,paix,true",
    "paix,pxia,false",
    "rue,ure,true",
    "ab,abcd,false"
  })
  void recognisesOneEditIncludingTranspositions(String a, String b, boolean expected) {
    assertThat(TypoIndex.withinOneEdit(a, b)).isEqualTo(expected);
    assertThat(TypoIndex.withinOneEdit(b, a)).isEqualTo(expected);
  }

  @Test
  void findsTheWordsOneEditAwayAndOnlyThem() {
    TermDictionary terms =
        TermDictionary.of(new String[] {"andrezi", "kinper", "pai", "paix", "vale"});
    TypoIndex typos = TypoIndex.build(terms);
    assertThat(words(typos.neighbours("antrezi", terms), terms)).containsExactly("andrezi");
    assertThat(words(typos.neighbours("pais", terms), terms)).containsExactly("pai", "paix");
    assertThat(words(typos.neighbours("paix", terms), terms)).containsExactly("pai");
    assertThat(typos.neighbours("antresu", terms)).isEmpty();
  }

  private static String[] words(int[] ranks, TermDictionary terms) {
    return Arrays.stream(ranks).mapToObj(terms::term).toArray(String[]::new);
  }
}
