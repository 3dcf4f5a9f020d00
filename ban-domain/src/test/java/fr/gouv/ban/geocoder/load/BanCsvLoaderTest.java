package fr.gouv.ban.geocoder.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.ban.geocoder.AddressDocument;
import fr.gouv.ban.geocoder.DocumentKind;
import fr.gouv.ban.geocoder.HousenumberEntry;
import fr.gouv.ban.geocoder.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BanCsvLoaderTest {

  @TempDir Path dir;

  @Test
  void groupsTheParisRowsIntoStreetsAndMunicipalities() {
    List<AddressDocument> docs = TestData.parisDocuments();
    Map<DocumentKind, Long> byKind =
        docs.stream().collect(Collectors.groupingBy(AddressDocument::kind, Collectors.counting()));
    assertThat(byKind)
        .containsEntry(DocumentKind.STREET, 7571L)
        .containsEntry(DocumentKind.MUNICIPALITY, 21L);
    assertThat(docs.stream().mapToInt(d -> d.housenumbers().size()).sum()).isEqualTo(158_048);
  }

  @Test
  void buildsStreetsAsTheAddokExportDoes() {
    Map<String, AddressDocument> byId =
        TestData.parisDocuments().stream()
            .collect(Collectors.toMap(AddressDocument::id, Function.identity()));
    AddressDocument paix = byId.get("75102_6998");
    assertThat(paix.name()).isEqualTo("Rue de la Paix");
    assertThat(paix.postcodes()).containsExactly("75002");
    assertThat(paix.citycodes()).containsExactly("75102");
    assertThat(paix.cities()).containsExactly("Paris", "Paris 2e Arrondissement");
    assertThat(paix.district()).isEqualTo("Paris 2e Arrondissement");
    assertThat(paix.context()).isEqualTo("75, Paris, Île-de-France");
    assertThat(paix.importance()).isEqualTo(0.60466); // population 19,847 and 26 numbers
    assertThat(paix.housenumbers())
        .hasSize(26)
        .extracting(HousenumberEntry::id)
        .contains("75102_6998_00008", "75102_6998_00010_a");
    AddressDocument paris = byId.get("75056");
    assertThat(paris.kind()).isEqualTo(DocumentKind.MUNICIPALITY);
    assertThat(paris.postcodes()).hasSize(21);
    assertThat(paris.population()).isGreaterThan(2_000_000);
  }

  @Test
  void readsQuotedFieldsAndOtherCommunes() throws IOException {
    Path csv = dir.resolve("adresses-01.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles",
            "01001_0005_00012_bis;;12;bis;\"Route de \"\"Lyon\"\"\";01400;01001;L'Abergement-Clémenciat;01999;Ancienne;850000;6550000;4.92;46.15;entrée;;;;;;;1;",
            "01001_0005_00014;;14;;\"Route de \"\"Lyon\"\"\";01400;01001;L'Abergement-Clémenciat;01999;Ancienne;850010;6550010;4.921;46.151;entrée;;;;;;;1;"),
        StandardCharsets.UTF_8);
    List<AddressDocument> docs = new BanCsvLoader(CommuneDirectory.empty()).load(csv);
    AddressDocument street = docs.get(0);
    assertThat(street.name()).isEqualTo("Route de \"Lyon\"");
    assertThat(street.cities()).containsExactly("L'Abergement-Clémenciat");
    assertThat(street.district()).isNull();
    assertThat(street.oldcitycode()).isEqualTo("01999");
    assertThat(street.context()).isEqualTo("01, Ain, Auvergne-Rhône-Alpes");
    assertThat(street.housenumbers())
        .extracting(HousenumberEntry::number)
        .containsExactly("12bis", "14");
    assertThat(street.importance()).isCloseTo(Math.log(3) / 20, within(1e-5));
    assertThat(docs.get(1).kind()).isEqualTo(DocumentKind.MUNICIPALITY);
  }
}
