package fr.gouv.ban.plugins.laposte;

import static fr.gouv.ban.plugins.laposte.Resources.context;
import static fr.gouv.ban.plugins.laposte.Resources.group;
import static fr.gouv.ban.plugins.laposte.Resources.housenumber;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.ResourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CeaFormatRuleTest {
  private final CeaFormatRule rule = new CeaFormatRule();

  @ParameterizedTest(name = "group laposte {0}: {1}")
  @CsvSource({
    "00012345, ''",
    "75012345, ''",
    "123, 'La Poste voie matricule: expected 8 digits (zero-padded), got \"123\"'",
    "1234567, 'La Poste voie matricule: expected 8 digits (zero-padded), got \"1234567\"'"
  })
  void checksTheGroupMatricule(String laposte, String expected) {
    Violations out = new Violations();

    rule.validate(context(ResourceKind.GROUP, group("75101", null), laposte), out);

    assertThat(out.asMap().getOrDefault("laposte", "")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "CEA {0} on a group of {1} (FANTOIR {2})")
  @CsvSource({
    "75101223AB, 75101, , ''",
    "2A004A2B3C, 2A004, , ''",
    // a commune nouvelle: the CEA keeps the former commune, like the group's FANTOIR
    "01015ZZZZ2, 01453, 010150111, ''",
    "75102223AB, 75101, , 'CEA 75102223AB starts with 75102: expected the INSEE code of the"
        + " address''s commune, 75101'",
    "75102223AB, 75101, 751014461, 'CEA 75102223AB starts with 75102: expected the INSEE code of"
        + " the address''s commune, 75101 (or 75101, its FANTOIR commune)'"
  })
  void checksTheCeaCommune(String cea, String insee, String fantoir, String expected) {
    AddressGroup group = group(insee, fantoir);
    Violations out = new Violations();

    rule.validate(context(ResourceKind.HOUSENUMBER, housenumber(group, null), cea), out);

    assertThat(out.asMap().getOrDefault("laposte", "")).isEqualTo(expected);
  }

  @Test
  void checksThePositionCeaAgainstItsHousenumbersCommune() {
    Housenumber h = housenumber(group("75101", null), null);
    Position p = new Position();
    p.setHousenumber(h);
    Violations ok = new Violations();
    Violations bad = new Violations();

    rule.validate(context(ResourceKind.POSITION, p, "75101223AB"), ok);
    rule.validate(context(ResourceKind.POSITION, p, "75111223AB"), bad);

    assertThat(ok.isEmpty()).isTrue();
    assertThat(bad.asMap()).containsOnlyKeys("laposte");
  }

  @Test
  void ignoresResourcesWithoutLaposteId() {
    Violations out = new Violations();

    rule.validate(context(ResourceKind.GROUP, group("75101", null), null), out);

    assertThat(out.isEmpty()).isTrue();
    assertThat(rule.supports(ResourceKind.MUNICIPALITY)).isFalse();
    assertThat(rule.supports(ResourceKind.POSTCODE)).isFalse();
  }
}
