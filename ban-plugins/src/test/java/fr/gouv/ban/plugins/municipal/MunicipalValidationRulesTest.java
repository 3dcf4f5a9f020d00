package fr.gouv.ban.plugins.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.model.VersionedResource;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalValidationRulesTest {
  private static Violations run(
      ValidationPlugin rule, ResourceKind kind, String field, String value) {
    VersionedResource resource;
    if (kind == ResourceKind.HOUSENUMBER) {
      Housenumber h = new Housenumber();
      h.setNumber(field.equals("number") ? value : "12");
      h.setOrdinal(field.equals("ordinal") ? value : null);
      resource = h;
    } else {
      AddressGroup g = new AddressGroup();
      g.setName(value);
      resource = g;
    }
    JsonObjectBuilder data = Json.createObjectBuilder();
    if (kind == ResourceKind.HOUSENUMBER && !field.equals("number")) {
      data.add("number", "12");
    }
    if (value != null) {
      data.add(field, value);
    }
    Violations out = new Violations();
    rule.validate(
        new ValidationContext(
            kind, ContributorType.MUNICIPAL_ADMINISTRATION, resource, data.build(), null),
        out);
    return out;
  }

  @ParameterizedTest(name = "number \"{0}\": {1}")
  @CsvSource(
      delimiterString = " => ",
      nullValues = "null",
      value = {
        "0 => ok",
        "12 => ok",
        "99998 => ok",
        "null => rejected",
        "99999 => rejected",
        "012 => rejected",
        "12 bis => rejected",
        "12-14 => rejected",
        "100000 => rejected"
      })
  void numbersAreBalNumeros(String number, String expected) {
    Violations out =
        run(new HousenumberNumberFormatRule(), ResourceKind.HOUSENUMBER, "number", number);

    assertThat(out.has("number")).isEqualTo(expected.equals("rejected"));
  }

  @ParameterizedTest(name = "ordinal \"{0}\": {1}")
  @CsvSource(
      delimiterString = " => ",
      nullValues = "null",
      value = {
        "null => ok",
        "bis => ok",
        "A => ok",
        "s1 => ok",
        "b-is => rejected",
        "bis a => rejected",
        "quinquiess => rejected"
      })
  void ordinalsAreBalSuffixes(String ordinal, String expected) {
    Violations out =
        run(new HousenumberOrdinalFormatRule(), ResourceKind.HOUSENUMBER, "ordinal", ordinal);

    assertThat(out.has("ordinal")).isEqualTo(expected.equals("rejected"));
  }

  @ParameterizedTest(name = "name \"{0}\": {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Rue des Halles => ok",
        "Chemin de la Croix-Blanche => ok",
        "RD 12 => ok",
        "RUE DES HALLES => mixed case",
        "Rue_des_Halles => no '_'",
        "R des Halles => street type spelled out",
        "Ru => 3 to 200 characters"
      })
  void groupNamesFollowTheVoieNomRules(String name, String expected) {
    Violations out = run(new GroupNameFormatRule(), ResourceKind.GROUP, "name", name);

    if (expected.equals("ok")) {
      assertThat(out.isEmpty()).isTrue();
    } else {
      assertThat(out.asMap().get("name")).contains(expected);
    }
  }

  @Test
  void eachRuleConcernsOneKindAndHasAStableId() {
    assertThat(new HousenumberNumberFormatRule().supports(ResourceKind.HOUSENUMBER)).isTrue();
    assertThat(new HousenumberNumberFormatRule().supports(ResourceKind.POSITION)).isFalse();
    assertThat(new HousenumberOrdinalFormatRule().supports(ResourceKind.GROUP)).isFalse();
    assertThat(new GroupNameFormatRule().supports(ResourceKind.GROUP)).isTrue();
    assertThat(
            java.util.List.of(
                new HousenumberNumberFormatRule().id(),
                new HousenumberOrdinalFormatRule().id(),
                new GroupNameFormatRule().id()))
        .containsExactly(
            "municipal.housenumber-number-format",
            "municipal.housenumber-ordinal-format",
            "municipal.group-name-format");
  }
}
