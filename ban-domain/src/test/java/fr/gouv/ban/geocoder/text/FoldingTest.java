package fr.gouv.ban.geocoder.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "L'Opéra-Comique|l opera comique",
        "  Rue   de la   Paix |rue de la paix",
        "Œuvre ÆTHER Straße|oeuvre aether strasse",
        "18, rue des Avions|18 rue des avions",
        "Île-de-France|ile de france",
        "n°12 bis|n 12 bis",
        "Ça_va?|ca va"
      })
  void lowercasesStripsAccentsAndTurnsPunctuationIntoSingleSpaces(String text, String folded) {
    assertThat(Folding.fold(text)).isEqualTo(folded);
  }
}
