package fr.gouv.ban.plugins.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalKeysTest {
  @Test
  void keepsAKeyThatFits() {
    assertThat(BalKeys.fit("75101_4461_00001_bis")).isEqualTo("75101_4461_00001_bis");
    assertThat(BalKeys.fit("123456789012345678901234")).hasSize(24).doesNotContain("~");
  }

  @Test
  void shortensALongerKeyToAStableDistinct24Characters() {
    String a = BalKeys.fit("75101_4461_00001_bis:sdis:17");
    String b = BalKeys.fit("75101_4461_00001_bis:sdis:18");

    assertThat(a).hasSize(24).startsWith("75101_4461_0000~").isNotEqualTo(b);
    assertThat(BalKeys.fit("75101_4461_00001_bis:sdis:17")).isEqualTo(a);
  }

  @Test
  void keepsTheHousenumberKeyOfALongPositionKeyReadable() {
    assertThat(BalKeys.fit("75101_4461_00001:sdis:PE-0001"))
        .hasSize(24)
        .startsWith("75101_4461_00001~")
        .isNotEqualTo(BalKeys.fit("75101_4461_00001:sdis:PE-0002"));
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" are one street")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Rue de l'Église => rue de l’eglise",
        "Avenue du Général Lemonnier => AVENUE  DU GENERAL LEMONNIER",
        "Place Saint-Michel => place saint michel"
      })
  void derivesTheSameCodeForTheSameNameWrittenDifferently(String a, String b) {
    assertThat(BalKeys.voieCode("xxxx", a)).isEqualTo(BalKeys.voieCode("xxxx", b)).hasSize(7);
  }

  @Test
  void keepsARivoliCode() {
    assertThat(BalKeys.voieCode("4461", "Rue des Halles")).isEqualTo("4461");
    assertThat(BalKeys.voieCode("xxxx", "Rue des Halles"))
        .isNotEqualTo(BalKeys.voieCode("xxxx", "Rue des Halles Nord"));
  }
}
