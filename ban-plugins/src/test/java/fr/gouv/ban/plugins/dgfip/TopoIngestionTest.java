package fr.gouv.ban.plugins.dgfip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoIngestionTest {
  private final TopoIngestion plugin = new TopoIngestion();

  private List<ChangeCommand> read(InputStream in, RecordingContext ctx) throws IOException {
    try (in) {
      return plugin.read(in, ctx).toList();
    }
  }

  @Test
  void readsVoiesAndLieuxDitsAndReportsEachBadRow() throws IOException {
    RecordingContext ctx = new RecordingContext();

    List<ChangeCommand> commands =
        read(TopoIngestionTest.class.getResourceAsStream("/dgfip/topo-sample.csv"), ctx);

    assertThat(commands).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ResourceKind.GROUP));
    assertThat(commands)
        .extracting(c -> c.line() + " " + c.key().getString("fantoir") + " " + c.body())
        .containsExactly(
            "2 870854950 {\"name\":\"RUE STENDHAL\",\"kind\":\"way\",\"municipality\":\"insee:87085\"}",
            "3 010540111 {\"name\":\"RUE DE FARAMANS\",\"kind\":\"way\",\"municipality\":\"insee:01054\"}",
            "4 384261360 {\"name\":\"RUE DU REMPART\",\"kind\":\"way\",\"municipality\":\"insee:38426\"}",
            "5 221130035 {\"name\":\"AV D ALSACE\",\"kind\":\"way\",\"municipality\":\"insee:22113\"}",
            "6 751010063 {\"name\":\"RUE ADOLPHE JULLIEN\",\"kind\":\"way\","
                + "\"municipality\":\"insee:75101\"}",
            "7 751092113 {\"name\":\"BD DE CLICHY\",\"kind\":\"way\","
                + "\"municipality\":\"insee:75109\"}",
            "8 75107P320 {\"name\":\"TOUR EIFFEL\",\"kind\":\"way\",\"municipality\":\"insee:75107\"}",
            "10 751174810 {\"name\":\"RUE JADIN\",\"kind\":\"way\",\"municipality\":\"insee:75117\"}",
            "11 751142932 {\"name\":\"PL DES DROITS DE L ENFANT\",\"kind\":\"way\","
                + "\"municipality\":\"insee:75114\"}",
            "20 01015A001 {\"name\":\"LES GRANDS PRES\",\"kind\":\"area\","
                + "\"municipality\":\"insee:01015\"}");
    assertThat(ctx.rejected)
        .containsExactly(
            "12: FANTOIR code 870854950I: key \"I\" must be a capital letter other than I, O and Q",
            "13: FANTOIR code 7510112AB: RIVOLI code \"12AB\" must be 4 digits (a voie, 0001-9999)"
                + " or a capital letter and 3 digits (a lieu-dit or other toponym)",
            "14: FANTOIR code 200040010: 20004 is not the INSEE code of a commune FANTOIR covers"
                + " (département 01-95, 2A, 2B or 971-976, commune number not 000)",
            "15: libelle: missing",
            "16: FANTOIR code 751010063: duplicate of line 6",
            "17: annulled in TOPO (01/01/2020): not imported; delete the group through the API",
            "18: type_voie: expected 1 (voie), 2 (ensemble immobilier), 3 (lieu-dit), 4"
                + " (pseudo-voie) or 5 (voie provisoire), got \"9\"",
            "19: code_topo \"0502\" has no INSEE part and code_insee is empty");
  }

  @Test
  void readsACommaSeparatedFileWithBomAndAliases() throws IOException {
    byte[] file =
        ("\uFEFFinsee,fantoir,libelle_voie\n75101,751010063,Rue Adolphe Jullien\n")
            .getBytes(StandardCharsets.UTF_8);
    RecordingContext ctx = new RecordingContext();

    List<ChangeCommand> commands = read(new ByteArrayInputStream(file), ctx);

    assertThat(ctx.rejected).isEmpty();
    assertThat(commands)
        .singleElement()
        .satisfies(c -> assertThat(c.body().getString("name")).isEqualTo("Rue Adolphe Jullien"));
  }

  @Test
  void refusesAFileWithoutCodeColumn() {
    InputStream in =
        new ByteArrayInputStream("insee;nom\n75101;Rue\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> read(in, new RecordingContext()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no column code_topo");
  }

  @Test
  void isTheTopoImportKind() {
    assertThat(plugin.kind()).isEqualTo("topo");
    assertThat(plugin.id()).isEqualTo("dgfip.topo");
  }
}
