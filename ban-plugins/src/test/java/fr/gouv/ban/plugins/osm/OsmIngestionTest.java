package fr.gouv.ban.plugins.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.SourceDescriptor;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsmIngestionTest {
  private static final String RIVOLI = "75101_osm_kzgfc5";
  private final OsmIngestion plugin = new OsmIngestion();
  private RecordingContext ctx;
  private List<ChangeCommand> commands;

  @BeforeEach
  void readSample() throws IOException {
    ctx = new RecordingContext();
    try (InputStream in = OsmIngestionTest.class.getResourceAsStream("/osm/paris-sample.osm")) {
      commands = plugin.read(in, ctx).toList();
    }
  }

  private static String summary(ChangeCommand c) {
    return c.line() + " " + c.kind().wireName() + " " + c.key();
  }

  @Test
  void emitsEachGroupOnceBeforeItsHousenumbersAndPositions() {
    assertThat(commands)
        .extracting(OsmIngestionTest::summary)
        .containsExactly(
            "6 group {\"ign\":\"" + RIVOLI + "\"}",
            "6 housenumber {\"ign\":\"" + RIVOLI + "_00041\"}",
            "6 position {\"ign\":\"" + RIVOLI + "_00041\"}",
            "13 housenumber {\"ign\":\"" + RIVOLI + "_00043\"}",
            "13 position {\"ign\":\"" + RIVOLI + "_00043\"}",
            "18 group {\"ign\":\"75101_osm_pplblx\"}",
            "18 housenumber {\"ign\":\"75101_osm_pplblx_00018_3\"}",
            "18 position {\"ign\":\"75101_osm_pplblx_00018_3\"}",
            "29 group {\"ign\":\"75105_osm_uzo3pt\"}",
            "29 housenumber {\"ign\":\"75105_osm_uzo3pt_00118_2\"}",
            "29 position {\"ign\":\"75105_osm_uzo3pt_00118_2\"}",
            "70 group {\"fantoir\":\"751018635\"}",
            "70 housenumber {\"ign\":\"75101_osm_wsbizn_00163\"}",
            "70 position {\"ign\":\"75101_osm_wsbizn_00163\"}");
    assertThat(commands)
        .allSatisfy(
            c ->
                assertThat(c.key().getString(c.key().keySet().iterator().next()))
                    .hasSizeLessThanOrEqualTo(24));
  }

  @Test
  void mapsANodeWithItsAttribution() {
    assertThat(commands.get(0).body().toString())
        .isEqualTo(
            "{\"name\":\"Rue de Rivoli\",\"kind\":\"way\",\"municipality\":\"insee:75101\","
                + "\"attributes\":{\"source\":\"© OpenStreetMap contributors, ODbL 1.0\"}}");
    assertThat(commands.get(1).body().toString())
        .isEqualTo(
            "{\"number\":\"41\",\"parent\":\"ign:"
                + RIVOLI
                + "\",\"postcode\":{\"code\":\"75001\",\"municipality\":\"insee:75101\","
                + "\"complement\":null},\"attributes\":{\"source\":\"© OpenStreetMap contributors,"
                + " ODbL 1.0\",\"osm_id\":\"node/1001\"}}");
    assertThat(commands.get(2).body().toString())
        .isEqualTo(
            "{\"center\":[2.347911,48.858495],\"housenumber\":\"ign:"
                + RIVOLI
                + "_00041\",\"kind\":\"entrance\",\"positioning\":\"other\",\"source\":\"OSM\","
                + "\"attributes\":{\"source\":\"© OpenStreetMap contributors, ODbL 1.0\","
                + "\"osm_id\":\"node/1001\"}}");
    assertThat(commands.get(4).body().getString("kind")).isEqualTo("unknown");
  }

  @Test
  void readsSuffixesAsOrdinals() {
    assertThat(commands.get(6).body().getString("number")).isEqualTo("18");
    assertThat(commands.get(6).body().getString("ordinal")).isEqualTo("ter");
    assertThat(commands.get(9).body().getString("ordinal")).isEqualTo("bis");
    assertThat(commands.get(9).body().containsKey("postcode")).isFalse();
  }

  @Test
  void placesABuildingWayAtTheCentroidOfItsNodesUnderItsFantoirStreet() {
    JsonObject housenumber = commands.get(12).body();
    JsonObject position = commands.get(13).body();

    assertThat(commands.get(11).body().getString("name")).isEqualTo("Rue Saint-Honoré");
    assertThat(housenumber.getString("parent")).isEqualTo("fantoir:751018635");
    assertThat(position.getString("kind")).isEqualTo("building");
    assertThat(position.getJsonArray("center").getJsonNumber(0).doubleValue())
        .isCloseTo(2.33484, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(position.getJsonArray("center").getJsonNumber(1).doubleValue())
        .isCloseTo(48.86343, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(position.getJsonObject("attributes").getString("osm_id")).isEqualTo("way/3001");
  }

  @Test
  void reportsEachMalformedElementWithItsLine() {
    assertThat(ctx.rejected)
        .containsExactly(
            "34: node/1005: addr:housenumber: expected a number from 0 to 99999 and an optional"
                + " suffix, got \"12-14\" (ranges and lists are not read)",
            "39: node/1006: addr:street missing (addr:place and associatedStreet relations are not"
                + " read)",
            "43: node/1007: no addr:citycode or ref:INSEE tag: the commune cannot be resolved",
            "47: node/1008: lat/lon: expected a latitude from -90 to 90 and a longitude from -180"
                + " to 180, got lat=\"abc\" lon=\"2.347200\"",
            "52: node/1009: the same address as node/1001 (line 6) (first one kept)",
            "57: node/1010: addr:housenumber suffix \"bv\": expected one letter or bis, ter ..."
                + " nonies",
            "62: node/1011: addr:citycode/ref:INSEE: expected an INSEE code of 5 characters, got"
                + " \"7510\"",
            "83: way/3002: node 9999 was not seen before the way (OSM files list nodes first): no"
                + " centroid");
  }

  @Test
  void stopsOnBrokenXmlAfterTheGoodElements() {
    String xml =
        "<osm><node id=\"1\" lat=\"48.8\" lon=\"2.3\"><tag k=\"addr:housenumber\" v=\"1\"/>"
            + "<tag k=\"addr:street\" v=\"Rue A\"/><tag k=\"addr:citycode\" v=\"75101\"/></node>"
            + "<node id=\"2\" lat=\"48.8\" lon=\"2.3\"><tag k=\"a\" v=\"b\"></node></osm>";
    InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> plugin.read(in, new RecordingContext()).toList())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("broken OSM XML near line 1");
  }

  @Test
  void refusesDoctypes() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE osm [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<osm><node id=\"1\" lat=\"1\" lon=\"1\"><tag k=\"addr:street\" v=\"&x;\"/></node></osm>";
    InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> plugin.read(in, new RecordingContext()).toList())
        .isInstanceOf(UncheckedIOException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "paris.osm, true",
    "paris.osm.gz, true",
    "extract.xml, true",
    "-, true",
    "france.osm.pbf, false",
    "adresses.csv, false"
  })
  void acceptsOsmXmlFiles(String name, boolean accepted) {
    assertThat(plugin.accepts(new SourceDescriptor("osm", name, ContributorType.OSM)))
        .isEqualTo(accepted);
  }
}
