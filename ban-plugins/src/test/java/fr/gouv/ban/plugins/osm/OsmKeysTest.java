package fr.gouv.ban.plugins.osm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsmKeysTest {
  @Test
  void spellingsOfOneStreetShareTheirKey() {
    assertThat(OsmKeys.group("75101", "Rue de l'Église"))
        .isEqualTo(OsmKeys.group("75101", "rue de l eglise"))
        .hasSize(16)
        .startsWith("75101_osm_");
  }

  @Test
  void theHashIsStable() {
    // SHA-1("rue de rivoli"), top 30 bits in base 32: pinned so keys never change between releases
    assertThat(OsmKeys.group("75101", "Rue de Rivoli")).isEqualTo("75101_osm_kzgfc5");
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource({
    "75101_osm_kzgfc5_00041, 41, ",
    "75101_osm_kzgfc5_00041_a, 41, a",
    "75101_osm_kzgfc5_00041_b, 41, b",
    "75101_osm_kzgfc5_00041_2, 41, bis",
    "75101_osm_kzgfc5_00041_3, 41, ter",
    "75101_osm_kzgfc5_99999_9, 99999, nonies"
  })
  void housenumberKeysFit24Characters(String expected, int number, String suffix) {
    assertThat(OsmKeys.housenumber("75101_osm_kzgfc5", number, suffix))
        .isEqualTo(expected)
        .hasSizeLessThanOrEqualTo(24);
  }

  @Test
  void longSuffixesHaveNoKey() {
    assertThat(OsmKeys.housenumber("75101_osm_kzgfc5", 84, "bv")).isNull();
  }
}
