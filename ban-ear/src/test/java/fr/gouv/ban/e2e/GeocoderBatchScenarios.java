package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Batch geocoding on the shipped Paris extract: {@code POST /search/csv}, {@code /reverse/csv}
 * (addok-csv's multipart form, streamed) and {@code POST /search/batch} (addok-server's JSON).
 */
abstract class GeocoderBatchScenarios extends Scenario {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String BOUNDARY = "ban-e2e-3f9c2a";

  /** An answer as bytes, with its CSV lines decoded in the charset it announces. */
  record Answer(int status, String contentType, String disposition, byte[] body) {
    Charset charset() {
      String ct = contentType == null ? "" : contentType;
      int at = ct.indexOf("charset=");
      return at < 0 ? StandardCharsets.UTF_8 : Charset.forName(ct.substring(at + 8).trim());
    }

    String text() {
      return new String(body, charset());
    }

    /** Records read by Commons CSV (result_context holds commas: quoted). */
    List<List<String>> rows(String delimiter) {
      try {
        return CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .get()
            .parse(new StringReader(text()))
            .getRecords()
            .stream()
            .map(CSVRecord::toList)
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonObject json() {
      try (var r = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
        return r.readObject();
      }
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }

  /** A multipart form: name, value pairs; a byte[] value is sent as the file. */
  private Answer post(String path, Object... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < fields.length; i += 2) {
      out.writeBytes(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII));
      if (fields[i + 1] instanceof byte[] file) {
        out.writeBytes(
            ("Content-Disposition: form-data; name=\""
                    + fields[i]
                    + "\"; filename=\"adresses.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(file);
      } else {
        out.writeBytes(
            ("Content-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1])
                .getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return send(path, "multipart/form-data; boundary=" + BOUNDARY, out.toByteArray());
  }

  private Answer send(String path, String contentType, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(Server.anonymous().base().resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            // large bodies wait for the server's go-ahead, so that a 413 arrives before the upload
            .expectContinue(body.length > 1_000_000)
            .build();
    try {
      HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(null),
          r.headers().firstValue("Content-Disposition").orElse(null),
          r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int col(List<List<String>> rows, String name) {
    int i = rows.get(0).indexOf(name);
    assertThat(i).as("column " + name + " in " + rows.get(0)).isNotNegative();
    return i;
  }

  @Test
  void aThreeRowCsvComesBackInInputOrderWithEachRowsResult() {
    byte[] csv =
        ("nom,adresse,cp\r\n"
                + "A,8 rue de la paix,75002\r\n"
                + "B,,\r\n"
                + "C,20 bd ponyatowsky,75012\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Answer a = post("search/csv/", "data", csv, "columns", "adresse", "columns", "cp");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/csv").contains("utf-8");
    assertThat(a.disposition()).contains("adresses.geocoded.csv");
    List<List<String>> rows = a.rows(",");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).subList(0, 5))
        .containsExactly("nom", "adresse", "cp", "latitude", "longitude");
    assertThat(rows.get(0).get(rows.get(0).size() - 1)).isEqualTo("result_status");
    assertThat(rows.subList(1, 4)).extracting(r -> r.get(0)).containsExactly("A", "B", "C");
    int id = col(rows, "result_id");
    int status = col(rows, "result_status");
    assertThat(rows.subList(1, 4))
        .extracting(r -> r.get(id))
        .containsExactly("75102_6998_00008", "", "75112_7597_00020");
    assertThat(rows.subList(1, 4))
        .extracting(r -> r.get(status))
        .containsExactly("ok", "skipped", "ok");
    assertThat(rows.get(1).get(col(rows, "result_street"))).isEqualTo("Rue de la Paix");
    assertThat(rows.get(1).get(col(rows, "result_label")))
        .isEqualTo("8 Rue de la Paix 75002 Paris");
    assertThat(a.text()).contains("\r\n");
  }

  @Test
  void aSemicolonLatin1FileIsDetectedAndAnsweredInItsEncoding() {
    byte[] csv =
        "adresse;ville\n34 avenue de l'Opéra;Paris\nrue de l'Université;Paris\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    // parameters after the file, as addok's documentation sends them
    Answer a =
        post(
            "search/csv",
            "data",
            csv,
            "result_columns",
            "result_label",
            "result_columns",
            "result_status");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.contentType()).contains("windows-1252");
    List<List<String>> rows = a.rows(";");
    assertThat(rows.get(0)).containsExactly("adresse", "ville", "result_label", "result_status");
    assertThat(rows.get(1))
        .containsExactly("34 avenue de l'Opéra", "Paris", "34 Avenue de l'Opéra 75002 Paris", "ok");
    assertThat(rows.get(2).get(2)).startsWith("Rue de l'Université");
  }

  @Test
  void aUtf8FileWithBomIsAnsweredWithABom() {
    byte[] text = "\uFEFFq\n8 rue de la paix paris\n".getBytes(StandardCharsets.UTF_8);
    Answer a = post("search/csv", "data", text, "result_columns", "result_id");
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    assertThat(a.text()).isEqualTo("\uFEFFq,result_id\n8 rue de la paix paris,75102_6998_00008\n");
  }

  @Test
  void reverseCsvDescribesEachPoint() {
    byte[] csv = "id|lat|lon\n1|48.868831|2.330992\n2||\n".getBytes(StandardCharsets.UTF_8);
    Answer a = post("reverse/csv/", "data", csv);
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    List<List<String>> rows = a.rows("|");
    assertThat(rows.get(0).subList(0, 6))
        .containsExactly(
            "id", "lat", "lon", "result_latitude", "result_longitude", "result_distance");
    assertThat(rows.get(1).get(col(rows, "result_id"))).isEqualTo("75102_6998_00008");
    assertThat(rows.get(1).get(col(rows, "result_distance"))).isEqualTo("0");
    assertThat(rows.get(1).get(col(rows, "result_status"))).isEqualTo("ok");
    assertThat(rows.get(2).get(col(rows, "result_status"))).isEqualTo("skipped");
  }

  @Test
  void csvUploadsAreNotCappedByTheBodyLimitWhileOtherRoutesAre() {
    // the tests run with ban.http.max-body-bytes = 1 MB: send 1.5 MB
    StringBuilder csv = new StringBuilder("adresse;note\n");
    String note = "n".repeat(500);
    for (int i = 0; i < 3_000; i++) {
      csv.append(i % 2 == 0 ? "8 rue de la paix paris" : "ab")
          .append(';')
          .append(note)
          .append('\n');
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(1_048_576);
    Answer a =
        post("search/csv", "columns", "adresse", "data", bytes, "result_columns", "result_status");
    assertThat(a.status()).as("status").isEqualTo(200);
    List<List<String>> rows = a.rows(";");
    assertThat(rows).hasSize(3_001);
    assertThat(rows.get(2999).get(2)).isEqualTo("ok");
    assertThat(rows.get(3000).get(2)).isEqualTo("skipped");

    byte[] big = ("{\"requests\":[],\"pad\":\"" + "x".repeat(1_100_000) + "\"}").getBytes();
    Answer json = send("search/batch", "application/json", big);
    assertThat(json.status()).isEqualTo(413);
    assertThat(json.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aJsonBatchAnswersEachRequestInOrderWithItsId() {
    String body =
        "{\"params\":{\"filters\":{\"type\":\"housenumber\"}},\"requests\":["
            + "{\"id\":\"paix\",\"operation\":\"geocode\",\"params\":{\"q\":\"8 rue de la paix paris\"}},"
            + "{\"id\":2,\"operation\":\"reverse\",\"params\":{\"lat\":48.868831,\"lon\":2.330992}},"
            + "{\"id\":\"nothing\",\"operation\":\"geocode\",\"params\":{\"q\":\"zzqx vvkw\"}},"
            + "{\"id\":\"bad\",\"operation\":\"geocode\",\"params\":{}},"
            + "{\"id\":\"streets\",\"operation\":\"geocode\",\"params\":{\"q\":\"rue de rivoli\","
            + "\"filters\":{\"type\":\"street\",\"postcode\":[\"75004\"]}}}]}";
    Answer a = send("search/batch/", "application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.toString()).isEqualTo(200);
    var results = a.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(results).hasSize(5);
    assertThat(results.get(0).getString("id")).isEqualTo("paix");
    assertThat(results.get(0).getString("status")).isEqualTo("ok");
    JsonObject paix = results.get(0).getJsonObject("result");
    assertThat(paix.getString("id")).isEqualTo("75102_6998_00008");
    assertThat(paix.getString("label")).isEqualTo("8 Rue de la Paix 75002 Paris");
    assertThat(paix.getJsonNumber("lat").doubleValue()).isEqualTo(48.868831);
    assertThat(paix.getJsonNumber("lon").doubleValue()).isEqualTo(2.330992);
    assertThat(results.get(1).getInt("id")).isEqualTo(2);
    assertThat(results.get(1).getJsonObject("result").getString("id"))
        .isEqualTo("75102_6998_00008");
    assertThat(results.get(1).getJsonObject("result").getInt("distance")).isZero();
    assertThat(results.get(2).getString("status")).isEqualTo("not-found");
    assertThat(results.get(3).getString("status")).isEqualTo("error");
    assertThat(results.get(3).getString("error")).contains("q is required");
    JsonObject rivoli = results.get(4).getJsonObject("result");
    assertThat(rivoli.getString("type")).isEqualTo("street");
    assertThat(rivoli.getString("postcode")).isEqualTo("75004");
  }

  @Test
  void malformedInputsAreProblems() {
    byte[] csv = "adresse\n8 rue de la paix\n".getBytes(StandardCharsets.UTF_8);
    assertProblem(post("search/csv", "columns", "adresse"), 400, "data field");
    assertProblem(post("search/csv", "data", csv, "columns", "rue"), 400, "unknown column rue");
    assertProblem(post("search/csv", "data", "a;b\n1;\"2\n3;4\n".getBytes()), 400, "Malformed CSV");
    assertProblem(post("search/csv", "data", new byte[0]), 400, "Empty file");
    assertProblem(post("reverse/csv", "data", csv), 400, "latitude");
    assertProblem(post("search/csv", "data", csv, "delimiter", ";;"), 400, "one character");
    assertProblem(
        post(
            "search/csv",
            "data",
            "q\nrue de l'\u00c9glise\n".getBytes(StandardCharsets.ISO_8859_1),
            "encoding",
            "utf-8"),
        400,
        "not valid UTF-8");
    assertProblem(post("search/csv", "data", csv, "columns", "c".repeat(20_000)), 413, "larger");
    assertProblem(
        send("search/csv", "multipart/form-data; boundary=" + BOUNDARY, "garbage".getBytes()),
        400,
        "multipart");
    assertProblem(send("search/csv", "text/csv", csv), 415, "media type");
    assertProblem(
        send("search/batch", "application/json", "{\"requests\":3}".getBytes()), 400, "requests");
    assertProblem(
        send(
            "search/batch",
            "application/json",
            "{\"requests\":[{\"operation\":\"lookup\",\"params\":{}}]}".getBytes()),
        400,
        "geocode or reverse");
    assertProblem(send("search/batch", "application/json", "[1,".getBytes()), 400, "JSON");
  }

  private static void assertProblem(Answer a, int status, String detail) {
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.json().getString("detail")).containsIgnoringCase(detail);
  }
}
