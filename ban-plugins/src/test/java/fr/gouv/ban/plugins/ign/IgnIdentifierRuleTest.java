package fr.gouv.ban.plugins.ign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.Jsonp;
import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ValidationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IgnIdentifierRuleTest {
  private final IgnIdentifierRule rule = new IgnIdentifierRule();

  private static AddressGroup street() {
    Municipality m = new Municipality();
    m.setInsee("75107");
    AddressGroup g = new AddressGroup();
    g.setMunicipality(m);
    return g;
  }

  private static Violations check(ResourceKind kind, Object resource, String ign) {
    Violations out = new Violations();
    new IgnIdentifierRule()
        .validate(
            new ValidationContext(
                kind,
                ContributorType.IGN,
                (fr.gouv.ban.domain.model.VersionedResource) resource,
                Jsonp.JSON.createObjectBuilder().add("ign", ign).build(),
                null),
            out);
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    "75107_9056, ",
    "75107_cfq3tf, ",
    "75107_9056_00012, expected a BAN identifier",
    "75101_9056, another commune",
    "75107_90, expected a BAN identifier",
    "75107_9056X, expected a BAN identifier"
  })
  void checksAGroupsStreetId(String ign, String expected) {
    Violations out = check(ResourceKind.GROUP, street(), ign);
    if (expected == null) {
      assertThat(out.isEmpty()).isTrue();
    } else {
      assertThat(out.asMap().get("ign")).contains(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "75107_9056_00012_w, ",
    "75107_9056_00012, ",
    "75107_9056_12, expected a BAN identifier",
    "75108_9056_00012, another commune",
    "75107_9056_00012_W, expected a BAN identifier"
  })
  void checksAHousenumbersCle(String ign, String expected) {
    Housenumber h = new Housenumber();
    h.setParent(street());
    Violations out = check(ResourceKind.HOUSENUMBER, h, ign);
    if (expected == null) {
      assertThat(out.isEmpty()).isTrue();
    } else {
      assertThat(out.asMap().get("ign")).contains(expected);
    }
  }

  @ParameterizedTest
  @CsvSource({"GROUP, true", "HOUSENUMBER, true", "POSITION, false", "MUNICIPALITY, false"})
  void concernsGroupsAndHousenumbersOnly(ResourceKind kind, boolean supported) {
    assertThat(rule.supports(kind)).isEqualTo(supported);
  }
}
