package fr.gouv.ban.geocoder.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermDictionaryTest {

  private final TermDictionary dictionary =
      TermDictionary.of(new String[] {"kinper", "paix", "pari", "paris", "parvis", "ru"});

  @Test
  void findsExactWordsByRank() {
    assertThat(dictionary.find("paris")).isEqualTo(3);
    assertThat(dictionary.term(3)).isEqualTo("paris");
    assertThat(dictionary.find("par")).isEqualTo(-1);
    assertThat(dictionary.find("zzz")).isEqualTo(-1);
  }

  @Test
  void givesTheRankRangeOfAPrefix() {
    assertThat(dictionary.prefixStart("par")).isEqualTo(2);
    assertThat(dictionary.prefixEnd("par")).isEqualTo(5);
    assertThat(dictionary.prefixEnd("pa") - dictionary.prefixStart("pa")).isEqualTo(4);
    assertThat(dictionary.prefixEnd("q") - dictionary.prefixStart("q")).isZero();
    assertThat(dictionary.prefixStart("")).isZero();
    assertThat(dictionary.prefixEnd("")).isEqualTo(6);
  }
}
