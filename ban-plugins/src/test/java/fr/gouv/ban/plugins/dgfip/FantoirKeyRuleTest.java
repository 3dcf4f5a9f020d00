package fr.gouv.ban.plugins.dgfip;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ValidationContext;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FantoirKeyRuleTest {
  private final FantoirKeyRule rule = new FantoirKeyRule();

  private static ValidationContext group(String fantoir) {
    AddressGroup g = new AddressGroup();
    g.setFantoir(fantoir);
    var data = Json.createObjectBuilder().add("name", "Rue Stendhal");
    if (fantoir != null) {
      data.add("fantoir", fantoir);
    }
    return new ValidationContext(ResourceKind.GROUP, ContributorType.DGFIP, g, data.build(), null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "870854950, ''",
    "75107P320, ''",
    "2A0040010, ''",
    "200040010, 'FANTOIR code 200040010: 20004 is not the INSEE code of a commune FANTOIR covers"
        + " (département 01-95, 2A, 2B or 971-976, commune number not 000)'",
    "8708549XY, 'FANTOIR code 8708549XY: RIVOLI code \"49XY\" must be 4 digits (a voie, 0001-9999)"
        + " or a capital letter and 3 digits (a lieu-dit or other toponym)'"
  })
  void checksTheStoredNineCharacters(String fantoir, String expected) {
    Violations out = new Violations();

    rule.validate(group(fantoir), out);

    assertThat(out.asMap().getOrDefault("fantoir", "")).isEqualTo(expected);
  }

  @Test
  void groupsWithoutFantoirAreFine() {
    Violations out = new Violations();

    rule.validate(group(null), out);

    assertThat(out.isEmpty()).isTrue();
    assertThat(rule.supports(ResourceKind.GROUP)).isTrue();
    assertThat(rule.supports(ResourceKind.HOUSENUMBER)).isFalse();
  }
}
