package fr.gouv.ban.plugins.laposte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.domain.contributor.ContributorType;
import fr.gouv.ban.domain.model.ResourceKind;
import fr.gouv.ban.domain.spi.ChangeCommand;
import fr.gouv.ban.domain.spi.SourceDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaPostePostcodeIngestionTest {
  private final LaPostePostcodeIngestion plugin = new LaPostePostcodeIngestion();

  private List<ChangeCommand> read(InputStream in, RecordingContext ctx) throws IOException {
    try (in) {
      return plugin.read(in, ctx).toList();
    }
  }

  private static InputStream resource(String name) {
    return LaPostePostcodeIngestionTest.class.getResourceAsStream("/laposte/" + name);
  }

  private static String key(ChangeCommand c) {
    return c.key().toString();
  }

  @Test
  void readsTheCodesPostauxJsonAndReportsEachBadElement() throws IOException {
    RecordingContext ctx = new RecordingContext();
    List<ChangeCommand> commands = read(resource("codes-postaux-sample.json"), ctx);

    assertThat(commands).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ResourceKind.POSTCODE));
    assertThat(commands)
        .extracting(c -> c.line() + " " + key(c) + " " + c.body())
        .containsExactly(
            "2 {\"code\":\"01400\",\"municipality\":\"insee:01001\",\"complement\":null}"
                + " {\"name\":\"L'ABERGEMENT-CLEMENCIAT\"}",
            "3 {\"code\":\"20000\",\"municipality\":\"insee:2A004\",\"complement\":null}"
                + " {\"name\":\"AJACCIO\"}",
            "4 {\"code\":\"75016\",\"municipality\":\"insee:75116\",\"complement\":null}"
                + " {\"name\":\"PARIS 16\"}",
            "5 {\"code\":\"75015\",\"municipality\":\"insee:92040\",\"complement\":null}"
                + " {\"name\":\"PARIS\"}",
            "6 {\"code\":\"97417\",\"municipality\":\"insee:97411\",\"complement\":null}"
                + " {\"name\":\"LA MONTAGNE\"}",
            "13 {\"code\":\"12100\",\"municipality\":\"insee:12145\",\"complement\":null}"
                + " {\"name\":\"MILLAU\"}");
    assertThat(ctx.rejected)
        .containsExactly(
            "7: element 6: code postal: expected 5 digits, got \"7501\"",
            "8: element 7: code commune INSEE: expected 5 characters (2 digits or 2A/2B, then 3"
                + " digits), got \"751O1\"",
            "9: element 8: libellé d'acheminement: missing",
            "10: element 9: codePostal: expected a string, got VALUE_NUMBER_INT",
            "11: element 10: expected an object {codePostal, codeCommune, ...}, got VALUE_STRING",
            "12: element 11: duplicate of line 2 (same code, commune and Ligne 5)");
  }

  @Test
  void readsTheBaseOfficielleInUtf8WithBom() throws IOException {
    RecordingContext ctx = new RecordingContext();
    List<ChangeCommand> commands = read(resource("base-officielle-utf8-bom.csv"), ctx);

    assertThat(commands)
        .extracting(c -> c.line() + " " + key(c) + " " + c.body().getString("name"))
        .containsExactly(
            "2 {\"code\":\"01400\",\"municipality\":\"insee:01001\",\"complement\":null}"
                + " L ABERGEMENT CLEMENCIAT",
            "3 {\"code\":\"01300\",\"municipality\":\"insee:01015\",\"complement\":\"ARBIGNIEU\"}"
                + " ARBOYS EN BUGEY",
            "4 {\"code\":\"01300\",\"municipality\":\"insee:01015\",\"complement\":\"ST BOIS\"}"
                + " ARBOYS EN BUGEY",
            "5 {\"code\":\"20000\",\"municipality\":\"insee:2A004\",\"complement\":null} AJACCIO",
            "7 {\"code\":\"75016\",\"municipality\":\"insee:75116\",\"complement\":null} PARIS 16",
            "13 {\"code\":\"01590\",\"municipality\":\"insee:39102\",\"complement\":null} CHANCIA");
    assertThat(ctx.rejected)
        .containsExactly(
            "8: code postal: expected 5 digits, got \"750O1\"",
            "9: code commune INSEE: expected 5 characters (2 digits or 2A/2B, then 3 digits), got"
                + " \"751\"",
            "10: libellé d'acheminement: missing",
            "11: duplicate of line 3 (same code, commune and Ligne 5)",
            "12: Ligne 5: at most 38 characters, got 49");
  }

  @Test
  void readsTheBaseOfficielleInLatin1WithTheNewerHeader() throws IOException {
    RecordingContext ctx = new RecordingContext();
    List<ChangeCommand> commands = read(resource("base-officielle-latin1.csv"), ctx);

    assertThat(commands)
        .extracting(
            c -> c.line() + " " + c.key().getString("code") + " " + c.body().getString("name"))
        .containsExactly("2 01200 ELOISE", "3 62760 THIÈVRES", "4 97417 LA MONTAGNE");
    assertThat(ctx.rejected).containsExactly("5: only 3 columns: libellé d'acheminement: missing");
  }

  @Test
  void reportsBytesThatAreNotUtf8AfterAnAsciiStart() throws IOException {
    StringBuilder csv =
        new StringBuilder("Code_commune_INSEE;Code_postal;Libelle_d_acheminement\n");
    // more than the 64 KiB window of pure ASCII, so the file is taken as UTF-8
    for (int i = 0; i < 2000; i++) {
      csv.append("75101;75001;PARIS                                     \n");
    }
    byte[] ascii = csv.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] latin = "80756;62760;THI\u00c8VRES\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[ascii.length + latin.length];
    System.arraycopy(ascii, 0, all, 0, ascii.length);
    System.arraycopy(latin, 0, all, ascii.length, latin.length);
    RecordingContext ctx = new RecordingContext();

    List<ChangeCommand> commands = read(new ByteArrayInputStream(all), ctx);

    assertThat(commands).hasSize(1);
    assertThat(ctx.rejected)
        .hasSize(2000)
        .endsWith(
            "2002: bytes that are not valid in the file's encoding (UTF-8 detected from its"
                + " start)");
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    InputStream in =
        new ByteArrayInputStream("insee;cp\n75101;75001\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> read(in, new RecordingContext()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no column code_commune_insee");
  }

  @Test
  void streamsTheWholeRealCodesPostauxFile() throws IOException {
    Path file =
        Path.of(System.getProperty("ban.data.dir", "../data"), "codes-postaux-4.1.2.json.gz");
    RecordingContext ctx = new RecordingContext();

    List<ChangeCommand> commands = read(new GZIPInputStream(Files.newInputStream(file)), ctx);

    assertThat(ctx.rejected).isEmpty();
    assertThat(commands).hasSize(35_684);
  }

  @ParameterizedTest
  @CsvSource({
    "laposte_hexasmal.csv, true",
    "codes-postaux.json.gz, true",
    "-, true",
    "/tmp/export, true",
    "LAPOSTE.CSV.GZ, true",
    "paris.osm, false",
    "codes.zip, false"
  })
  void acceptsFilesByExtension(String name, boolean accepted) {
    assertThat(plugin.accepts(new SourceDescriptor("laposte", name, ContributorType.LAPOSTE)))
        .isEqualTo(accepted);
  }

  @Test
  void isTheLaposteImportKind() {
    assertThat(plugin.kind()).isEqualTo("laposte");
    assertThat(plugin.id()).isEqualTo("laposte.postcodes");
  }
}
