package fr.gouv.ban.plugins.ign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.IngestionContext;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanCsvIngestionTest {
  private final BanCsvIngestion plugin = new BanCsvIngestion();

  @Test
  void emitsEachParentOnceBeforeItsHousenumbersAndPositions() {
    Ingested r = Ingested.read(plugin, "/ign/ban-sample.csv");
    assertThat(r.rejected()).isEmpty();
    List<ResourceKind> kinds = r.commands().stream().map(ChangeCommand::kind).toList();
    // two communes, two postcodes, two streets, 12 addresses with one position each
    assertThat(kinds.stream().filter(k -> k == ResourceKind.MUNICIPALITY)).hasSize(2);
    assertThat(kinds.stream().filter(k -> k == ResourceKind.POSTCODE)).hasSize(2);
    assertThat(kinds.stream().filter(k -> k == ResourceKind.GROUP)).hasSize(2);
    assertThat(kinds.stream().filter(k -> k == ResourceKind.HOUSENUMBER)).hasSize(12);
    assertThat(kinds.stream().filter(k -> k == ResourceKind.POSITION)).hasSize(12);
    assertThat(kinds.subList(0, 5))
        .containsExactly(
            ResourceKind.MUNICIPALITY,
            ResourceKind.POSTCODE,
            ResourceKind.GROUP,
            ResourceKind.HOUSENUMBER,
            ResourceKind.POSITION);
  }

  @Test
  void keysStreetsByFantoirWhenTheVoieCodeIsRivoliElseByTheBanStreetId() {
    Ingested r = Ingested.read(plugin, "/ign/ban-sample.csv");
    List<ChangeCommand> groups =
        r.commands().stream().filter(c -> c.kind() == ResourceKind.GROUP).toList();
    assertThat(groups.get(0).key().toString()).isEqualTo("{\"ign\":\"75118_8pdjpu\"}");
    assertThat(groups.get(1).key().toString()).isEqualTo("{\"fantoir\":\"751079056\"}");
    JsonObject body = groups.get(1).body();
    assertThat(body.getString("name")).isEqualTo("Esplanade du Souvenir Français");
    assertThat(body.getString("ign")).isEqualTo("75107_9056");
    assertThat(body.getString("municipality")).isEqualTo("insee:75107");
    assertThat(body.getString("kind")).isEqualTo("way");
  }

  @Test
  void aHousenumberKeepsItsCleAndPointsAtItsStreetAndPostcode() {
    Ingested r = Ingested.read(plugin, "/ign/ban-sample.csv");
    ChangeCommand h =
        r.commands().stream()
            .filter(c -> c.kind() == ResourceKind.HOUSENUMBER)
            .filter(c -> c.key().getString("ign").equals("75107_9056_00012_w"))
            .findFirst()
            .orElseThrow();
    assertThat(h.line()).isEqualTo(9);
    assertThat(h.body().getString("number")).isEqualTo("12");
    assertThat(h.body().getString("ordinal")).isEqualTo("w");
    assertThat(h.body().getString("parent")).isEqualTo("fantoir:751079056");
    assertThat(h.body().getJsonObject("postcode").toString())
        .isEqualTo("{\"code\":\"75007\",\"municipality\":\"insee:75107\",\"complement\":null}");
    ChangeCommand p = r.commands().get(r.commands().indexOf(h) + 1);
    assertThat(p.kind()).isEqualTo(ResourceKind.POSITION);
    assertThat(p.key()).isEqualTo(h.key());
    assertThat(p.body().getString("housenumber")).isEqualTo("ign:75107_9056_00012_w");
    assertThat(p.body().getJsonArray("center").toString()).isEqualTo("[2.312168,48.852374]");
    assertThat(p.body().getString("kind")).isEqualTo("parcel");
    assertThat(p.body().getString("source")).isEqualTo("commune");
  }

  @Test
  void reportsEveryBadRowWithItsLineAndReasonAndKeepsTheGoodOnes() {
    Ingested r = Ingested.read(plugin, "/ign/ban-malformed.csv");
    assertThat(r.rejected().keySet()).containsExactly(4L, 5L, 6L, 7L, 8L);
    assertThat(r.rejected().get(4L)).contains("numero").contains("8x");
    assertThat(r.rejected().get(5L)).contains("lat").contains("north");
    assertThat(r.rejected().get(6L)).contains("columns");
    assertThat(r.rejected().get(7L)).contains("id").contains("not-a-cle");
    assertThat(r.rejected().get(8L)).contains("code_insee").contains("75108");
    assertThat(
            r.commands().stream()
                .filter(c -> c.kind() == ResourceKind.HOUSENUMBER)
                .map(ChangeCommand::line))
        .containsExactly(2L, 3L, 9L);
  }

  @Test
  void refusesAFileThatIsNotABanExport() {
    var notBan =
        new ByteArrayInputStream("code;nom\n75001;Paris\n".getBytes(StandardCharsets.UTF_8));
    IngestionContext ctx =
        new IngestionContext() {
          @Override
          public ContributorType writer() {
            return ContributorType.IGN;
          }

          @Override
          public void reject(long line, String reason) {}
        };
    assertThatThrownBy(() -> plugin.read(notBan, ctx))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing columns")
        .hasMessageContaining("numero");
  }
}
