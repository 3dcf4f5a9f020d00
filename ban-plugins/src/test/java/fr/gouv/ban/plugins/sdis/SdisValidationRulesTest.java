package fr.gouv.ban.plugins.sdis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.error.Violations;
import fr.gouv.ban.domain.model.GeoPoint;
import fr.gouv.ban.domain.model.Housenumber;
import fr.gouv.ban.domain.model.Position;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ValidationContext;
import fr.gouv.ban.domain.spi.ValidationPlugin;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdisValidationRulesTest {
  /** A position as the write path hands it to the rules: entity and canonical data. */
  private static ValidationContext position(String kind, String positioning, boolean center) {
    Housenumber housenumber = new Housenumber();
    housenumber.setNumber("1");
    Position p = new Position();
    p.setHousenumber(housenumber);
    p.setKind(kind);
    p.setPositioning(positioning);
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("housenumber", "ban-housenumber-0123456789abcdef0123456789abcdef");
    if (center) {
      p.setCenter(new GeoPoint(2.347178, 48.859048));
      data.add(
          "center",
          Json.createObjectBuilder()
              .add("type", "Point")
              .add("coordinates", Json.createArrayBuilder().add(2.347178).add(48.859048)));
    } else {
      p.setName("Bâtiment B");
      data.add("name", "Bâtiment B");
    }
    if (kind != null) {
      data.add("kind", kind);
    }
    if (positioning != null) {
      data.add("positioning", positioning);
    }
    JsonObject built = data.build();
    return new ValidationContext(ResourceKind.POSITION, ContributorType.SDIS, p, built, null);
  }

  private static Violations run(ValidationPlugin rule, ValidationContext ctx) {
    Violations out = new Violations();
    rule.validate(ctx, out);
    return out;
  }

  @ParameterizedTest(name = "kind {0}: {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "entrance => ok",
        "building => ok",
        "staircase => ok",
        "utility => ok",
        "postal => rejected",
        "parcel => rejected",
        "segment => rejected",
        "area => rejected",
        "unit => rejected",
        "unknown => rejected"
      })
  void sdisPositionsAreAccessPoints(String kind, String expected) {
    Violations out = run(new SdisPositionKindRule(), position(kind, "gps", true));

    assertThat(out.has("kind")).isEqualTo(expected.equals("rejected"));
  }

  @ParameterizedTest(name = "positioning {0}: {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "gps => ok",
        "dgps => ok",
        "imagery => ok",
        "interpolation => rejected",
        "projection => rejected",
        "other => rejected"
      })
  void sdisPositionsAreMeasured(String positioning, String expected) {
    Violations out =
        run(new SdisPositioningPrecisionRule(), position("entrance", positioning, true));

    assertThat(out.has("positioning")).isEqualTo(expected.equals("rejected"));
    if (expected.equals("rejected")) {
      assertThat(out.asMap().get("positioning")).contains("\"" + positioning + "\"");
    }
  }

  @ParameterizedTest(name = "with center {0}: {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {"true => ok", "false => rejected"})
  void sdisPositionsHaveACenter(boolean center, String expected) {
    Violations out = run(new SdisCenterRequiredRule(), position("entrance", "gps", center));

    assertThat(out.has("center")).isEqualTo(expected.equals("rejected"));
  }

  @Test
  void aPositionWithoutKindOrPositioningIsRejectedWithAClearMessage() {
    ValidationContext ctx = position(null, null, true);

    assertThat(run(new SdisPositionKindRule(), ctx).asMap().get("kind")).endsWith("got none");
    assertThat(run(new SdisPositioningPrecisionRule(), ctx).asMap().get("positioning"))
        .endsWith("got none");
  }

  @Test
  void theRulesConcernPositionsOnly() {
    List<ValidationPlugin> rules =
        List.of(
            new SdisPositionKindRule(),
            new SdisPositioningPrecisionRule(),
            new SdisCenterRequiredRule());

    assertThat(rules).allMatch(r -> r.supports(ResourceKind.POSITION));
    assertThat(rules).noneMatch(r -> r.supports(ResourceKind.HOUSENUMBER));
    assertThat(rules)
        .extracting(ValidationPlugin::id)
        .containsExactly(
            "sdis.position-kind", "sdis.positioning-precision", "sdis.center-required");
  }
}
