package fr.gouv.ban.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.model.AddressGroup;
import fr.gouv.ban.domain.model.Municipality;
import fr.gouv.ban.domain.model.Position;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyReaderTest {
  private static final ReferenceResolver NO_REFERENCES =
      new ReferenceResolver() {
        @Override
        public <T extends fr.gouv.ban.domain.model.VersionedResource> T resolve(
            fr.gouv.ban.domain.model.ResourceKind kind,
            Class<T> type,
            String field,
            jakarta.json.JsonValue value,
            fr.gouv.ban.domain.error.Violations out) {
          out.add(field, "unresolved");
          return null;
        }
      };

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static BodyReader reader(String body, WriteMode mode) {
    return new BodyReader(json(body), mode, NO_REFERENCES);
  }

  @Test
  void readsAMunicipalityCollapsingWhitespaceAndWrappingAlias() {
    Municipality m = new Municipality();
    BodyReader in =
        reader(
            "{\"name\":\"  Saint   Denis \",\"insee\":\"2A004\",\"alias\":\"SD\"}",
            WriteMode.CREATE);
    new MunicipalityDefinition().read(in, m);
    assertThat(in.violations().isEmpty()).isTrue();
    assertThat(m.getName()).isEqualTo("Saint Denis");
    assertThat(m.getAlias()).containsExactly("SD");
    assertThat(m.getInsee()).isEqualTo("2A004");
  }

  @ParameterizedTest
  @CsvSource({"A2123,insee", "123,insee", "'',insee"})
  void reportsInvalidInsee(String insee, String field) {
    BodyReader in = reader("{\"name\":\"X\",\"insee\":\"" + insee + "\"}", WriteMode.CREATE);
    new MunicipalityDefinition().read(in, new Municipality());
    assertThat(in.violations().asMap()).containsKey(field);
  }

  @Test
  void patchTouchesOnlyTheKeysSent() {
    Municipality m = new Municipality();
    m.setName("Kept");
    m.setInsee("12345");
    BodyReader in = reader("{\"siren\":\"123456789\"}", WriteMode.PATCH);
    new MunicipalityDefinition().read(in, m);
    assertThat(in.violations().isEmpty()).isTrue();
    assertThat(m.getName()).isEqualTo("Kept");
    assertThat(m.getSiren()).isEqualTo("123456789");
  }

  @Test
  void cutsTheFantoirKeyAndRefusesOtherLengths() {
    AddressGroup g = new AddressGroup();
    BodyReader ok = reader("{\"fantoir\":\"7800101234\"}", WriteMode.PATCH);
    new GroupDefinition().read(ok, g);
    assertThat(g.getFantoir()).isEqualTo("780010123");
    BodyReader bad = reader("{\"fantoir\":\"1234\"}", WriteMode.PATCH);
    new GroupDefinition().read(bad, g);
    assertThat(bad.violations().asMap().get("fantoir")).startsWith("FANTOIR must be");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"(3, 4)\"|3.0|4.0",
        "[2.35, 48.85]|2.35|48.85",
        "{\"type\":\"Point\",\"coordinates\":[1,2]}|1.0|2.0"
      })
  void readsPointsInEveryAcceptedForm(String center, double lon, double lat) {
    Position p = new Position();
    BodyReader in = reader("{\"center\":" + center + "}", WriteMode.PATCH);
    new PositionDefinition().read(in, p);
    assertThat(p.getCenter().lon()).isEqualTo(lon);
    assertThat(p.getCenter().lat()).isEqualTo(lat);
  }

  @Test
  void reportsBothCenterAndNameWhenAPositionHasNeither() {
    BodyReader in = reader("{\"kind\":\"entrance\",\"positioning\":\"gps\"}", WriteMode.CREATE);
    new PositionDefinition().read(in, new Position());
    assertThat(in.violations().asMap()).containsKeys("center", "name", "housenumber");
  }

  @Test
  void refusesControlCharactersAndHugeNumbers() {
    BodyReader in = reader("{\"name\":\"a\\u0000b\",\"insee\":1e400}", WriteMode.CREATE);
    new MunicipalityDefinition().read(in, new Municipality());
    assertThat(in.violations().asMap()).containsKeys("name", "insee");
  }

  @Test
  void acceptsTabsButNoOtherControlCharacterAnywhereInAText() {
    Position p = new Position();
    BodyReader tab = reader("{\"comment\":\"a\\tb\"}", WriteMode.PATCH);
    new PositionDefinition().read(tab, p);
    assertThat(tab.violations().asMap()).doesNotContainKey("comment");
    assertThat(p.getComment()).isEqualTo("a\tb");
    BodyReader unit = reader("{\"comment\":\"abc\\u001f\"}", WriteMode.PATCH);
    new PositionDefinition().read(unit, p);
    assertThat(unit.violations().asMap().get("comment")).contains("control characters");
    assertThat(p.getComment()).isEqualTo("a\tb");
  }
}
