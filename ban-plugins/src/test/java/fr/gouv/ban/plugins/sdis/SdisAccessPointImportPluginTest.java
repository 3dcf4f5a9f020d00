package fr.gouv.ban.plugins.sdis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import fr.gouv.ban.plugins.municipal.BalKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdisAccessPointImportPluginTest {
  private final SdisAccessPointImportPlugin plugin = new SdisAccessPointImportPlugin();
  private final Map<Long, String> rejected = new TreeMap<>();
  private final IngestionContext ctx =
      new IngestionContext() {
        @Override
        public ContributorType writer() {
          return ContributorType.SDIS;
        }

        @Override
        public void reject(long line, String reason) {
          rejected.put(line, reason);
        }
      };

  private List<ChangeCommand> read(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/sdis/" + resource);
        Stream<ChangeCommand> commands = plugin.read(in, ctx)) {
      return commands.toList();
    }
  }

  @Test
  void turnsEachRowIntoOnePositionOfAnExistingHousenumber() throws IOException {
    List<ChangeCommand> commands = read("sdis-paris.csv");

    assertThat(rejected).isEmpty();
    assertThat(commands).hasSize(10).allMatch(c -> c.kind() == ResourceKind.POSITION);
    assertThat(commands).extracting(ChangeCommand::line).startsWith(2L, 3L, 4L);
    ChangeCommand first = commands.get(0);
    assertThat(first.key().getString("ign"))
        .isEqualTo(BalKeys.fit("75101_4461_00001:sdis:PE-0001"))
        .hasSize(24)
        .startsWith("75101_4461_00001~");
    assertThat(first.body())
        .hasToString(
            "{\"center\":[2.347178,48.859048],\"kind\":\"entrance\",\"positioning\":\"gps\","
                + "\"housenumber\":\"ign:75101_4461_00001\",\"source\":\"SDIS 75 (BSPP)\","
                + "\"attributes\":{\"sdis_id\":\"PE-0001\"}}");
    ChangeCommand building = commands.get(1);
    assertThat(building.key().getString("ign")).isEqualTo("75101_4461_00001:sdis:2");
    assertThat(building.body().getString("source")).isEqualTo("SDIS");
    assertThat(building.body().getString("comment")).isEqualTo("accès par la cour");
  }

  @Test
  void neverWritesAnythingButPositions() throws IOException {
    assertThat(read("sdis-paris.csv"))
        .extracting(ChangeCommand::kind)
        .containsOnly(ResourceKind.POSITION);
  }

  @Test
  void keysStayDistinctAndFit24Characters() throws IOException {
    List<ChangeCommand> commands = read("sdis-paris.csv");

    assertThat(commands)
        .extracting(c -> c.key().getString("ign"))
        .doesNotHaveDuplicates()
        .allSatisfy(k -> assertThat(k).hasSizeLessThanOrEqualTo(24));
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "3 => type.value: expected one of building, entrance, staircase, utility, got \"postal\"",
        "4 => precision.value: expected a measured positioning, one of dgps, gps, imagery (no interpolation or projection for an access point), got \"interpolation\"",
        "5 => lat.required: expected the WGS84 lat of the access point",
        "6 => cle_interop.format: expected the housenumber's cle_interop (\"75101_4461_00001_bis\", at most 24 characters) or BAN id, got \"75101 4461 00004\"",
        "7 => long.format: expected a decimal number from -180 to 180 with '.' as separator, got \"2,34736\"",
        "8 => id.format: expected 1 to 40 letters, digits, '.', '_' or '-', got \"PE 0006/x\"",
        "10 => row.field-count: expected 8 fields separated by ';' as in the header, got 5"
      })
  void reportsEachBadRowWithItsLineAndReason(long line, String reason) throws IOException {
    read("sdis-paris-malformed.csv");

    assertThat(rejected).containsEntry(line, reason);
  }

  @Test
  void importsTheGoodRowsOfAMalformedFile() throws IOException {
    List<ChangeCommand> commands = read("sdis-paris-malformed.csv");

    assertThat(rejected).hasSize(7);
    assertThat(commands).extracting(ChangeCommand::line).containsExactly(2L, 9L);
  }

  @Test
  void acceptsABanIdAndAShortensLongKeys() throws IOException {
    String id = "ban-housenumber-0123456789abcdef0123456789abcdef";
    String text = "cle_interop;type;long;lat;precision\n" + id + ";utility;2.34;48.85;imagery\n";
    try (Stream<ChangeCommand> commands =
        plugin.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ctx)) {
      ChangeCommand c = commands.findFirst().orElseThrow();
      assertThat(c.body().getString("housenumber")).isEqualTo(id);
      assertThat(c.key().getString("ign")).hasSize(24).contains("~");
    }
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    byte[] text = "cle_interop;long;lat\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> plugin.read(new ByteArrayInputStream(text), ctx))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing column(s) type, precision");
  }

  @Test
  void isTheSdisImport() {
    assertThat(plugin.id()).isEqualTo("sdis.access-points");
    assertThat(plugin.kind()).isEqualTo("sdis");
  }
}
