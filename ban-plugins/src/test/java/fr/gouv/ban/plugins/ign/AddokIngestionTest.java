package fr.gouv.ban.plugins.ign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import org.junit.jupiter.api.Test;

class AddokIngestionTest {
  private final AddokIngestion plugin = new AddokIngestion();

  @Test
  void turnsMunicipalityAndStreetDocumentsIntoCommands() {
    Ingested r = Ingested.read(plugin, "/ign/addok-sample.ndjson");
    assertThat(r.rejected()).isEmpty();
    ChangeCommand first = r.commands().get(0);
    assertThat(first.kind()).isEqualTo(ResourceKind.MUNICIPALITY);
    assertThat(first.key().getString("insee")).isEqualTo("98825");
    assertThat(first.body().getString("name")).isEqualTo("Pouembout");
    assertThat(r.commands().get(1).kind()).isEqualTo(ResourceKind.POSTCODE);
    ChangeCommand street =
        r.commands().stream().filter(c -> c.kind() == ResourceKind.GROUP).findFirst().orElseThrow();
    assertThat(street.key().getString("ign")).isEqualTo("98825_y6as4k");
    assertThat(street.body().getString("name")).isEqualTo("Rue des Sapins");
    // Rue des Sapins has 4 numbers, each a housenumber and its position, after the street
    var after = r.commands().subList(r.commands().indexOf(street) + 1, r.commands().size());
    assertThat(after.stream().takeWhile(c -> c.kind() != ResourceKind.GROUP).count()).isEqualTo(8);
    ChangeCommand h = after.get(0);
    assertThat(h.key().getString("ign")).isEqualTo("98825_y6as4k_00010");
    assertThat(h.body().getString("number")).isEqualTo("10");
    assertThat(h.body().get("ordinal").toString()).isEqualTo("null");
    assertThat(h.body().getString("parent")).isEqualTo("ign:98825_y6as4k");
    assertThat(after.get(1).body().getJsonArray("center").toString())
        .isEqualTo("[164.900792,-21.120919]");
  }

  @Test
  void reportsBadDocumentsByLine() {
    Ingested r = Ingested.read(plugin, "/ign/addok-malformed.ndjson");
    assertThat(r.rejected().keySet()).containsExactly(2L, 3L);
    assertThat(r.rejected().get(2L)).contains("street id").contains("bad id");
    assertThat(r.rejected().get(3L)).contains("not a JSON document");
    assertThat(r.commands().stream().filter(c -> c.kind() == ResourceKind.GROUP)).hasSize(1);
  }
}
