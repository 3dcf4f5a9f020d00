package fr.gouv.ban.plugins.laposte;

import static fr.gouv.ban.plugins.laposte.Resources.context;
import static fr.gouv.ban.plugins.laposte.Resources.group;
import static fr.gouv.ban.plugins.laposte.Resources.housenumber;
import static fr.gouv.ban.plugins.laposte.Resources.postcode;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.ResourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeCommuneRuleTest {
  private final PostcodeCommuneRule rule = new PostcodeCommuneRule();

  @ParameterizedTest(name = "postcode {0} of {1} on a group of {2}")
  @CsvSource({
    "75001, 75101, 75101, ''",
    "75016, 75116, 75116, ''",
    "75001, 75101, 75102, 'postcode 75001 belongs to commune 75101, the group \"Rue de Rivoli\" to"
        + " commune 75102: expected a postcode of commune 75102'"
  })
  void housenumberPostcodeBelongsToTheGroupsCommune(
      String code, String postcodeInsee, String groupInsee, String expected) {
    Violations out = new Violations();

    rule.validate(
        context(
            ResourceKind.HOUSENUMBER,
            housenumber(group(groupInsee, null), postcode(code, postcodeInsee)),
            null),
        out);

    assertThat(out.asMap().getOrDefault("postcode", "")).isEqualTo(expected);
  }

  @Test
  void housenumberWithoutPostcodeIsFine() {
    Violations out = new Violations();

    rule.validate(
        context(ResourceKind.HOUSENUMBER, housenumber(group("75101", null), null), null), out);

    assertThat(out.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "postcode {0} of commune {1}")
  @CsvSource({
    "75001, 75101, ''",
    "20000, 2A004, ''",
    "20200, 2B033, ''",
    "97417, 97411, ''",
    "97133, 97701, ''",
    "98800, 98818, ''",
    // La Poste offices of a neighbouring département (real rows of the base officielle)
    "01590, 39102, ''",
    "75015, 92040, ''",
    "34260, 12067, ''",
    "69001, 92040, 'postcode 69001 does not belong to département 92 of commune 92040: expected a"
        + " postcode starting with 92 (or a known distribution by a neighbouring département''s"
        + " office)'",
    "13001, 2A004, 'postcode 13001 does not belong to département 2A of commune 2A004: expected a"
        + " postcode starting with 20 (or a known distribution by a neighbouring département''s"
        + " office)'",
    "97200, 97411, 'postcode 97200 does not belong to département 974 of commune 97411: expected a"
        + " postcode starting with 974 (or a known distribution by a neighbouring département''s"
        + " office)'",
    "39000, 01053, 'postcode 39000 does not belong to département 01 of commune 01053: expected a"
        + " postcode starting with 01 (or a known distribution by a neighbouring département''s"
        + " office)'"
  })
  void postcodeFitsItsCommunesDepartement(String code, String insee, String expected) {
    Violations out = new Violations();

    rule.validate(context(ResourceKind.POSTCODE, postcode(code, insee), null), out);

    assertThat(out.asMap().getOrDefault("code", "")).isEqualTo(expected);
  }

  @Test
  void concernsHousenumbersAndPostcodesOnly() {
    assertThat(rule.supports(ResourceKind.HOUSENUMBER)).isTrue();
    assertThat(rule.supports(ResourceKind.POSTCODE)).isTrue();
    assertThat(rule.supports(ResourceKind.GROUP)).isFalse();
  }
}
