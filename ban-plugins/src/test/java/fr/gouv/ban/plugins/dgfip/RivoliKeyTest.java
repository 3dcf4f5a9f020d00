package fr.gouv.ban.plugins.dgfip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RivoliKeyTest {
  /**
   * Real FANTOIR codes with their keys, as carried by OpenStreetMap's ref:FR:FANTOIR tags (copied
   * from FANTOIR by the BANO project): rue Stendhal (Limoges), rue de Faramans (01054), rue du
   * Rempart (Saint-Maximin, 38426), avenue d'Alsace (Lannion), the Eiffel Tower's pseudo-voie
   * (75107); and 9-character codes of the BAN's Paris export ({@code id_fantoir}).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "870854950C",
        "010540111H",
        "384261360C",
        "221130035A",
        "75107P320D",
        "751010063",
        "751092113",
        "2A0040010",
        "974110123",
        "01015A001"
      })
  void acceptsRealCodes(String code) {
    assertThat(RivoliKey.check(code)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "75101006, 'FANTOIR code: expected 9 characters (INSEE code + RIVOLI code) or 10 with the key,"
        + " got \"75101006\"'",
    "7510100631X, 'FANTOIR code: expected 9 characters (INSEE code + RIVOLI code) or 10 with the"
        + " key, got \"7510100631X\"'",
    "200040010, 'FANTOIR code 200040010: 20004 is not the INSEE code of a commune FANTOIR covers"
        + " (département 01-95, 2A, 2B or 971-976, commune number not 000)'",
    "750000063, 'FANTOIR code 750000063: 75000 is not the INSEE code of a commune FANTOIR covers"
        + " (département 01-95, 2A, 2B or 971-976, commune number not 000)'",
    "977010010, 'FANTOIR code 977010010: 97701 is not the INSEE code of a commune FANTOIR covers"
        + " (département 01-95, 2A, 2B or 971-976, commune number not 000)'",
    "751010000, 'FANTOIR code 751010000: RIVOLI code \"0000\" must be 4 digits (a voie, 0001-9999)"
        + " or a capital letter and 3 digits (a lieu-dit or other toponym)'",
    "75101AB12, 'FANTOIR code 75101AB12: RIVOLI code \"AB12\" must be 4 digits (a voie, 0001-9999)"
        + " or a capital letter and 3 digits (a lieu-dit or other toponym)'",
    "751010063O, 'FANTOIR code 751010063O: key \"O\" must be a capital letter other than I, O and"
        + " Q'",
    "7510100637, 'FANTOIR code 7510100637: key \"7\" must be a capital letter other than I, O and"
        + " Q'"
  })
  void rejectsMalformedCodes(String code, String expected) {
    assertThat(RivoliKey.check(code)).contains(expected);
  }
}
