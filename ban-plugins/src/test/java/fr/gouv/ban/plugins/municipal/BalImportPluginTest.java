package fr.gouv.ban.plugins.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalImportPluginTest {
  static final String HEADER_13 =
      "cle_interop;uid_adresse;voie_nom;lieudit_complement_nom;numero;suffixe;commune_insee;"
          + "commune_nom;position;x;y;long;lat;cad_parcelles;source;date_der_maj;"
          + "certification_commune\n";

  private final BalImportPlugin plugin =
      new BalImportPlugin(Clock.fixed(Instant.parse("2024-07-01T10:00:00Z"), ZoneOffset.UTC));
  private final RecordingContext ctx = new RecordingContext();

  private List<ChangeCommand> read(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/municipal/" + resource);
        Stream<ChangeCommand> commands = plugin.read(in, ctx)) {
      return commands.toList();
    }
  }

  private List<ChangeCommand> readText(String text) throws IOException {
    try (Stream<ChangeCommand> commands =
        plugin.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ctx)) {
      return commands.toList();
    }
  }

  private static Map<ResourceKind, Long> countByKind(List<ChangeCommand> commands) {
    return commands.stream()
        .collect(Collectors.groupingBy(ChangeCommand::kind, Collectors.counting()));
  }

  @Test
  void importsTheParisBal13SampleParentsFirst() throws IOException {
    List<ChangeCommand> commands = read("bal-1.3-paris.csv");

    assertThat(ctx.rejected).isEmpty();
    assertThat(countByKind(commands))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ResourceKind.MUNICIPALITY, 2L,
                ResourceKind.GROUP, 8L,
                ResourceKind.HOUSENUMBER, 29L,
                ResourceKind.POSITION, 29L));
    assertThat(commands.subList(0, 4))
        .extracting(ChangeCommand::kind, ChangeCommand::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ResourceKind.MUNICIPALITY, 2L),
            org.assertj.core.groups.Tuple.tuple(ResourceKind.GROUP, 2L),
            org.assertj.core.groups.Tuple.tuple(ResourceKind.HOUSENUMBER, 2L),
            org.assertj.core.groups.Tuple.tuple(ResourceKind.POSITION, 2L));
  }

  @Test
  void writesTheCommuneTheStreetTheHousenumberAndItsPosition() throws IOException {
    List<ChangeCommand> commands = read("bal-1.3-paris.csv");

    ChangeCommand municipality = commands.get(0);
    assertThat(municipality.key()).hasToString("{\"insee\":\"75101\"}");
    assertThat(municipality.body()).hasToString("{\"name\":\"Paris 1er Arrondissement\"}");
    ChangeCommand street = commands.get(1);
    assertThat(street.key()).hasToString("{\"fantoir\":\"751014461\"}");
    assertThat(street.body())
        .hasToString(
            "{\"name\":\"Rue des Halles\",\"kind\":\"way\",\"municipality\":\"insee:75101\","
                + "\"ign\":\"75101_4461\"}");
    ChangeCommand housenumber = commands.get(2);
    assertThat(housenumber.key()).hasToString("{\"ign\":\"75101_4461_00001\"}");
    assertThat(housenumber.body())
        .hasToString(
            "{\"number\":\"1\",\"parent\":\"fantoir:751014461\",\"ancestors\":[],"
                + "\"ordinal\":null,\"attributes\":{\"date_der_maj\":\"2024-06-21\","
                + "\"source\":\"Ville de Paris\"}}");
    assertThat(housenumber.flag()).as("certification_commune=1").isTrue();
    ChangeCommand position = commands.get(3);
    assertThat(position.key()).hasToString("{\"ign\":\"75101_4461_00001\"}");
    assertThat(position.body())
        .hasToString(
            "{\"center\":[2.347178,48.859048],\"kind\":\"parcel\",\"positioning\":\"other\","
                + "\"housenumber\":\"ign:75101_4461_00001\",\"source\":\"Ville de Paris\"}");
    assertThat(position.flag()).isFalse();
  }

  @Test
  void flagsOnlyTheHousenumbersTheCommuneCertified() throws IOException {
    List<ChangeCommand> housenumbers =
        read("bal-1.3-paris.csv").stream()
            .filter(c -> c.kind() == ResourceKind.HOUSENUMBER)
            .toList();

    assertThat(housenumbers)
        .allSatisfy(
            h -> assertThat(h.flag()).isEqualTo(h.key().getString("ign").startsWith("75101_")));
  }

  @Test
  void keysAnXxxxStreetByACodeDerivedFromItsName() throws IOException {
    List<ChangeCommand> commands = read("bal-1.3-paris.csv");
    String code = BalKeys.voieCode("xxxx", "Avenue du Général Lemonnier");

    ChangeCommand street =
        commands.stream()
            .filter(c -> c.kind() == ResourceKind.GROUP)
            .filter(c -> c.body().getString("name").equals("Avenue du Général Lemonnier"))
            .findFirst()
            .orElseThrow();
    assertThat(code).startsWith("x").hasSize(7);
    assertThat(street.key()).hasToString("{\"ign\":\"75101_" + code + "\"}");
    ChangeCommand number5 =
        commands.stream()
            .filter(c -> c.kind() == ResourceKind.HOUSENUMBER)
            .filter(c -> c.key().getString("ign").equals("75101_" + code + "_00005"))
            .findFirst()
            .orElseThrow();
    assertThat(number5.body().getString("parent")).isEqualTo("ign:75101_" + code);
  }

  @Test
  void importsTheSameSampleInBal14WithABomAndKeepsTheBanIds() throws IOException {
    List<ChangeCommand> v13 = read("bal-1.3-paris.csv");
    List<ChangeCommand> v14 = read("bal-1.4-paris.csv");

    assertThat(ctx.rejected).isEmpty();
    assertThat(v14)
        .extracting(ChangeCommand::key)
        .isEqualTo(v13.stream().map(ChangeCommand::key).toList());
    JsonObject street = v14.get(1).body();
    assertThat(street.getJsonObject("attributes").getString("id_ban_toponyme"))
        .isEqualTo("0f5d5c43-4583-585d-99d3-c436b6b23e72");
    JsonObject housenumber = v14.get(2).body();
    assertThat(housenumber.getJsonObject("attributes").getString("id_ban_adresse"))
        .isEqualTo("88f27a26-141b-5486-8d69-f5728df4dae5");
  }

  @Test
  void refusesALatin1FileWithAConversionHint() {
    assertThatThrownBy(() -> read("bal-1.3-paris-latin1.csv"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("0xE9")
        .hasMessageContaining("iconv -f WINDOWS-1252 -t UTF-8");
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "3 => cle_interop.insee-mismatch: cle_interop: expected to start with commune_insee \"75101\", got \"75102\"",
        "4 => numero.format: numero: expected an integer from 0 to 99999, got \"3a\"",
        "5 => long.format: long: expected a decimal number with '.' as decimal separator, not ',', got \"2,34736\"",
        "6 => long_lat.required: long/lat: expected the WGS84 coordinates of the address, got long \"2.347029\" and no lat",
        "7 => position.value: position: expected one of entrée, bâtiment, cage d'escalier, logement, parcelle, segment, délivrance postale, service technique, got \"porte\"",
        "8 => date_der_maj.format: date_der_maj: expected an ISO date YYYY-MM-DD, got \"2024-13-01\"",
        "9 => certification_commune.value: certification_commune: expected 0 or 1, got \"oui\"",
        "10 => cle_interop.numero-mismatch: cle_interop: expected numero part \"00009\" (numero 9), got \"00109\"",
        "11 => voie_nom.case: voie_nom: expected mixed case (\"Rue de la Paix\"), got all capitals \"RUE DES HALLES\"",
        "12 => cad_parcelles.format: cad_parcelles: expected 14-character parcel ids separated by '|' (\"75101000AB0012\"), got \"75101-AB-12\"",
        "14 => row.field-count: expected 17 fields separated by ';' as in the header, got 15"
      })
  void reportsEachBadRowWithItsLineAndRule(long line, String reason) throws IOException {
    read("bal-1.3-paris-malformed.csv");

    assertThat(ctx.rejected).containsEntry(line, reason);
  }

  @Test
  void importsTheGoodRowsOfAMalformedFile() throws IOException {
    List<ChangeCommand> commands = read("bal-1.3-paris-malformed.csv");

    assertThat(ctx.rejected).hasSize(11);
    assertThat(commands)
        .filteredOn(c -> c.kind() == ResourceKind.HOUSENUMBER)
        .extracting(ChangeCommand::line)
        .containsExactly(2L, 13L, 15L);
  }

  @Test
  void givesTheExtraPositionsOfAnAddressTheirOwnKeys() throws IOException {
    String row =
        ";;Rue des Halles;;1;bis;75101;Paris 1er Arrondissement;%s;;;2.3471%d;48.859;;Ville de Paris;2024-06-21;1\n";
    List<ChangeCommand> commands =
        readText(
            HEADER_13
                + "75101_4461_00001_bis"
                + String.format(row, "entrée", 1)
                + "75101_4461_00001_bis"
                + String.format(row, "bâtiment", 2)
                + "75101_4461_00001_bis"
                + String.format(row, "Cage d’escalier", 3));

    assertThat(ctx.rejected).isEmpty();
    assertThat(commands).filteredOn(c -> c.kind() == ResourceKind.HOUSENUMBER).hasSize(1);
    List<ChangeCommand> positions =
        commands.stream().filter(c -> c.kind() == ResourceKind.POSITION).toList();
    assertThat(positions)
        .extracting(c -> c.key().getString("ign"))
        .containsExactly(
            "75101_4461_00001_bis",
            BalKeys.fit("75101_4461_00001_bis:2"),
            BalKeys.fit("75101_4461_00001_bis:3"))
        .allSatisfy(k -> assertThat(k).hasSizeLessThanOrEqualTo(24))
        .doesNotHaveDuplicates();
    assertThat(positions)
        .extracting(c -> c.body().getString("kind"))
        .containsExactly("entrance", "building", "staircase");
    assertThat(positions)
        .extracting(c -> c.body().getString("housenumber"))
        .containsOnly("ign:75101_4461_00001_bis");
  }

  @Test
  void importsAToponymeAsAGroupWithoutHousenumber() throws IOException {
    String tail = ";;99999;;01001;L'Abergement-Clémenciat;;;;4.9;46.15;;commune;2024-06-21;0\n";
    List<ChangeCommand> commands =
        readText(
            HEADER_13
                + "01001_a010_99999;;Le Haut Bourg"
                + tail
                + "01001_xxxx_99999;;Chemin des Vignes"
                + tail);

    assertThat(ctx.rejected).isEmpty();
    assertThat(commands)
        .extracting(ChangeCommand::kind)
        .containsExactly(ResourceKind.MUNICIPALITY, ResourceKind.GROUP, ResourceKind.GROUP);
    assertThat(commands.get(1).key()).hasToString("{\"fantoir\":\"01001A010\"}");
    assertThat(commands.get(1).body().getString("kind")).isEqualTo("area");
    assertThat(commands.get(2).body().getString("kind")).isEqualTo("way");
  }

  @Test
  void makesTheLieuditAnAncestorOfTheHousenumber() throws IOException {
    List<ChangeCommand> commands =
        readText(
            HEADER_13
                + "01001_0010_00003;;Route de Bourg;Les Granges;3;;01001;L'Abergement-Clémenciat;"
                + "entrée;;;4.92;46.15;01001000AB0012|01001000AB0013;commune;2024-06-21;0\n");

    assertThat(commands)
        .extracting(ChangeCommand::kind)
        .containsExactly(
            ResourceKind.MUNICIPALITY,
            ResourceKind.GROUP,
            ResourceKind.GROUP,
            ResourceKind.HOUSENUMBER,
            ResourceKind.POSITION);
    String lieudit = "01001_" + BalKeys.voieCode("xxxx", "Les Granges");
    assertThat(commands.get(1).key().getString("ign")).isEqualTo(lieudit);
    assertThat(commands.get(1).body().getString("kind")).isEqualTo("area");
    JsonObject housenumber = commands.get(3).body();
    assertThat(housenumber.getJsonArray("ancestors")).hasToString("[\"ign:" + lieudit + "\"]");
    assertThat(housenumber.getJsonObject("attributes").getString("cad_parcelles"))
        .isEqualTo("01001000AB0012|01001000AB0013");
  }

  @Test
  void keepsRegionalNamesAndTheCommuneDelegueeOfBal14() throws IOException {
    String header =
        "cle_interop;voie_nom;voie_nom_bre;lieudit_complement_nom;lieudit_complement_nom_bre;numero;"
            + "suffixe;commune_insee;commune_nom;commune_deleguee_insee;commune_deleguee_nom;"
            + "position;long;lat;source;date_der_maj;certification_commune\n";
    List<ChangeCommand> commands =
        readText(
            header
                + "29006_0120_00004;Rue de l'Église;Straed an Iliz;Kerbrat;Kerbrad;4;;29006;"
                + "Beuzec-Cap-Sizun;29006;Beuzec-Cap-Sizun;entrée;-4.5;48.07;commune;2024-05-02;1\n");

    assertThat(ctx.rejected).isEmpty();
    assertThat(commands.get(1).body().getJsonObject("attributes"))
        .hasToString("{\"name_bre\":\"Kerbrad\"}");
    assertThat(commands.get(2).body().getJsonObject("attributes"))
        .hasToString("{\"name_bre\":\"Straed an Iliz\"}");
    assertThat(
            commands.get(3).body().getJsonObject("attributes").getString("commune_deleguee_insee"))
        .isEqualTo("29006");
  }

  @Test
  void shortensAKeyLongerThan24CharactersDeterministically() throws IOException {
    List<ChangeCommand> commands =
        readText(
            HEADER_13
                + "75101_4461_00001_quinquies;;Rue des Halles;;1;quinquies;75101;Paris 1er;entrée;;;"
                + "2.34;48.85;;commune;2024-06-21;0\n");

    String key = commands.get(2).key().getString("ign");
    assertThat(key).hasSize(24).startsWith("75101_4461_0000~");
    assertThat(key).isEqualTo(BalKeys.fit("75101_4461_00001_quinquies"));
    assertThat(commands.get(3).body().getString("housenumber")).isEqualTo("ign:" + key);
  }

  @Test
  void countsPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() throws IOException {
    String good = ";Rue des Halles;;1;;75101;Paris 1er;entrée;;;2.34;48.85;;commune;2024-06-21;0\n";
    readText(
        HEADER_13
            + "75101_4461_00001;\"multi\nline uid\""
            + good
            + "\n"
            + "75101_4461_0001"
            + good);

    assertThat(ctx.rejected).containsOnlyKeys(5L);
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> readText("cle_interop;voie_nom;numero\n75101_4461_00001;Rue;1\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing column(s) commune_insee, long, lat");
  }

  @Test
  void saysWhenTheSeparatorIsNotASemicolon() {
    assertThatThrownBy(() -> readText(HEADER_13.replace(';', ',')))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("the separator must be ';'");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> readText(""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void neverClosesTheCallersStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(HEADER_13.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    try (Stream<ChangeCommand> commands = plugin.read(in, ctx)) {
      assertThat(commands).isEmpty();
    }
    assertThat(closed[0]).isFalse();
  }

  @Test
  void isTheBalImportOfMunicipalities() {
    assertThat(plugin.id()).isEqualTo("municipal.bal");
    assertThat(plugin.kind()).isEqualTo("bal");
  }
}
