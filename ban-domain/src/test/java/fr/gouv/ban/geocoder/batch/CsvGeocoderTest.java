package fr.gouv.ban.geocoder.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.ban.geocoder.Geocoder;
import fr.gouv.ban.geocoder.TestData;
import fr.gouv.ban.geocoder.search.IndexGeocoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** CSV batch geocoding on the real Paris extract: statuses, columns, order, filters, reverse. */
class CsvGeocoderTest {
  private static final Geocoder GEOCODER =
      new IndexGeocoder(TestData.parisIndex(), TestData.NORMALIZER);
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
  private static final CsvDialect SEMICOLON = new CsvDialect(';', '"', "\n");
  private static final CsvDialect COMMA = new CsvDialect(',', '"', "\r\n");

  private final CsvGeocoder csv = new CsvGeocoder(GEOCODER, POOL, 3);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  private record Output(List<String> header, List<CSVRecord> rows, String text) {
    String cell(int row, String column) {
      return rows.get(row).get(header.indexOf(column));
    }
  }

  private Output run(String input, CsvBatchOptions options) throws IOException {
    StringWriter out = new StringWriter();
    csv.run(new StringReader(input), out, options);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(options.dialect().delimiter())
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    return new Output(records.get(0).toList(), records.subList(1, records.size()), out.toString());
  }

  @Test
  void geocodesEachRowInInputOrderWithItsStatus() throws IOException {
    String input =
        """
        nom;adresse;cp;ville
        A;8 rue de la paix;75002;Paris
        B;;;
        C;20 bd ponyatowsky;75012;Paris
        D;xqzwv kjhgf plmnb;;
        E;34 avenue de l'opéra;75002;Paris
        """;
    Output o = run(input, CsvBatchOptions.search(SEMICOLON).withColumns("adresse", "cp", "ville"));
    assertThat(o.header())
        .containsExactly(
            "nom",
            "adresse",
            "cp",
            "ville",
            "latitude",
            "longitude",
            "result_label",
            "result_score",
            "result_score_next",
            "result_type",
            "result_id",
            "result_housenumber",
            "result_name",
            "result_street",
            "result_postcode",
            "result_city",
            "result_context",
            "result_citycode",
            "result_oldcitycode",
            "result_oldcity",
            "result_district",
            "result_status");
    assertThat(o.rows()).extracting(r -> r.get(0)).containsExactly("A", "B", "C", "D", "E");
    assertThat(o.rows())
        .extracting(r -> r.get(o.header().indexOf("result_status")))
        .containsExactly("ok", "skipped", "ok", "not-found", "ok");
    assertThat(o.rows())
        .extracting(r -> r.get(o.header().indexOf("result_id")))
        .containsExactly("75102_6998_00008", "", "75112_7597_00020", "", "75102_6904_00034");
    assertThat(o.cell(0, "result_label")).isEqualTo("8 Rue de la Paix 75002 Paris");
    assertThat(o.cell(0, "result_type")).isEqualTo("housenumber");
    assertThat(o.cell(0, "result_housenumber")).isEqualTo("8");
    assertThat(o.cell(0, "result_name")).isEqualTo("8 Rue de la Paix");
    assertThat(o.cell(0, "result_street")).isEqualTo("Rue de la Paix");
    assertThat(o.cell(0, "result_postcode")).isEqualTo("75002");
    assertThat(o.cell(0, "result_citycode")).isEqualTo("75102");
    assertThat(o.cell(0, "result_city")).isEqualTo("Paris");
    assertThat(o.cell(0, "result_district")).isEqualTo("Paris 2e Arrondissement");
    assertThat(o.cell(0, "result_context")).isEqualTo("75, Paris, Île-de-France");
    assertThat(o.cell(0, "latitude")).isEqualTo("48.868831");
    assertThat(o.cell(0, "longitude")).isEqualTo("2.330992");
    assertThat(Double.parseDouble(o.cell(0, "result_score"))).isBetween(0.9, 1.0);
    assertThat(o.cell(0, "result_score_next")).isNotEmpty();
    assertThat(o.cell(1, "latitude")).isEmpty();
    assertThat(o.text()).doesNotContain("\r\n"); // written like the input
  }

  @Test
  void searchesAllColumnsByDefaultAndSkipsShortOrPunctuationQueries() throws IOException {
    String input = "q\n8 rue de la paix 75002 paris\nab\n-- rue\n\"\"\n";
    Output o = run(input, CsvBatchOptions.search(COMMA));
    assertThat(o.rows())
        .extracting(r -> r.get(r.size() - 1))
        .containsExactly("ok", "skipped", "skipped", "skipped");
    assertThat(o.text()).contains("\r\n");
  }

  @Test
  void aTooLongQueryOrShiftedFieldsFailOnlyTheirRow() throws IOException {
    String input =
        "adresse;ville\n"
            + "x".repeat(250)
            + ";Paris\n8 rue de la paix;Paris;extra\n"
            + "8 rue de la paix;Paris\n";
    Output o = run(input, CsvBatchOptions.search(SEMICOLON));
    assertThat(o.rows())
        .extracting(r -> r.get(o.header().indexOf("result_status")))
        .containsExactly("error", "error", "ok");
    assertThat(o.rows().get(1).size()).isEqualTo(o.header().size()); // extra field dropped
  }

  @Test
  void filtersByTheNamedColumnsAndBiasesByTheRowPoint() throws IOException {
    String input =
        """
        adresse,cp,insee,lat,lon
        rue de rivoli,75004,,,
        rue de rivoli,,75101,,
        place de la république,,,48.8675,2.3638
        """;
    Output o =
        run(
            input,
            CsvBatchOptions.search(COMMA)
                .withColumns("adresse")
                .withFilterColumns(Map.of("postcode", "cp", "citycode", "insee"))
                .withPoint("lat", "lon"));
    assertThat(o.cell(0, "result_postcode")).isEqualTo("75004");
    assertThat(o.cell(1, "result_citycode")).isEqualTo("75101");
    assertThat(o.cell(0, "result_type")).isEqualTo("street");
    assertThat(o.cell(0, "result_street")).isEqualTo(o.cell(0, "result_name"));
    assertThat(o.cell(2, "result_label")).startsWith("Place de la République");
  }

  @Test
  void writesOnlyTheResultColumnsAskedInTheirOrderAndRefreshesExistingOnes() throws IOException {
    String input = "adresse;result_id\n8 rue de la paix paris;stale\n";
    Output o =
        run(
            input,
            CsvBatchOptions.search(SEMICOLON)
                .withColumns("adresse")
                .withResultColumns("result_status", "result_id", "result_label"));
    assertThat(o.header()).containsExactly("adresse", "result_id", "result_status", "result_label");
    assertThat(o.rows().get(0).toList())
        .containsExactly(
            "8 rue de la paix paris", "75102_6998_00008", "ok", "8 Rue de la Paix 75002 Paris");
  }

  @Test
  void reversesPointsWithTheirDistance() throws IOException {
    String input =
        """
        id;latitude;longitude
        1;48.868831;2.330992
        2;;
        3;abc;2.3
        4;48.8688;2,33099
        """;
    Output o = run(input, CsvBatchOptions.reverse(SEMICOLON));
    assertThat(o.header())
        .containsExactly(
            "id",
            "latitude",
            "longitude",
            "result_latitude",
            "result_longitude",
            "result_distance",
            "result_label",
            "result_type",
            "result_id",
            "result_housenumber",
            "result_name",
            "result_street",
            "result_postcode",
            "result_city",
            "result_context",
            "result_citycode",
            "result_oldcitycode",
            "result_oldcity",
            "result_district",
            "result_status");
    assertThat(o.rows())
        .extracting(r -> r.get(r.size() - 1))
        .containsExactly("ok", "skipped", "error", "ok");
    assertThat(o.cell(0, "result_id")).isEqualTo("75102_6998_00008");
    assertThat(o.cell(0, "result_distance")).isEqualTo("0");
    assertThat(o.cell(0, "result_street")).isEqualTo("Rue de la Paix");
    assertThat(Integer.parseInt(o.cell(3, "result_distance"))).isLessThan(20);
  }

  @Test
  void reverseFindsOtherCoordinateColumnNames() throws IOException {
    Output o = run("Lat,Lng\n48.868831,2.330992\n", CsvBatchOptions.reverse(COMMA));
    assertThat(o.cell(0, "result_id")).isEqualTo("75102_6998_00008");
    Output named =
        run("y,x\n48.868831,2.330992\n", CsvBatchOptions.reverse(COMMA).withPoint("y", "x"));
    assertThat(named.cell(0, "result_status")).isEqualTo("ok");
  }

  @Test
  void refusesUnknownColumnsBeforeWritingAnything() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(
            () ->
                csv.run(
                    new StringReader("adresse;ville\nx;y\n"),
                    out,
                    CsvBatchOptions.search(SEMICOLON).withColumns("rue")))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("unknown column rue")
        .hasMessageContaining("[adresse, ville]");
    assertThatThrownBy(
            () -> csv.run(new StringReader("a;b\n1;2\n"), out, CsvBatchOptions.reverse(SEMICOLON)))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("latitude");
    assertThatThrownBy(
            () ->
                csv.run(
                    new StringReader("a\n1\n"),
                    out,
                    CsvBatchOptions.search(SEMICOLON).withResultColumns("result_foo")))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("result_foo");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void validationRefusesMalformedCsvWithItsPlace() throws IOException {
    assertThat(CsvGeocoder.validate(new StringReader("a;b\n1;2\n3;4\n"), SEMICOLON)).isEqualTo(2);
    assertThatThrownBy(() -> CsvGeocoder.validate(new StringReader("a;b\n1;\"2\n3;4\n"), SEMICOLON))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("Malformed CSV");
    assertThatThrownBy(() -> CsvGeocoder.validate(new StringReader(""), SEMICOLON))
        .isInstanceOf(CsvBatchException.class)
        .hasMessageContaining("Empty");
  }

  @Test
  void twoThousandParisAddressesComeBackInOrderAndMostlyFound() throws IOException {
    List<String> ids = new ArrayList<>();
    StringBuilder input = new StringBuilder("id;numero;rep;nom_voie;code_postal;ville\n");
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(TestData.parisCsv())),
                StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null && ids.size() < 2_000) {
        if (n++ % 71 != 0) {
          continue;
        }
        String[] f = line.split(";", -1);
        ids.add(f[0]);
        input.append(String.join(";", f[0], f[2], f[3], f[4], f[5], "Paris")).append('\n');
      }
    }
    Output o =
        run(
            input.toString(),
            CsvBatchOptions.search(SEMICOLON)
                .withColumns("numero", "rep", "nom_voie", "code_postal", "ville"));
    assertThat(o.rows()).extracting(r -> r.get(0)).containsExactlyElementsOf(ids);
    long found =
        o.rows().stream()
            .filter(r -> r.get(0).equals(r.get(o.header().indexOf("result_id"))))
            .count();
    assertThat(found).isGreaterThan(1_960); // ≥ 98 %
  }
}
