package fr.gouv.ban.geocoder.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FrenchPhoneticTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvFileSource(resources = "phonetic-pairs.csv")
  void reducesWordsToAddokFrKeys(String word, String key) {
    assertThat(FrenchPhonetic.key(word)).isEqualTo(key);
  }
}
